package se.kommunkollen.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, so that tests can send what ordinary clients never do:
 * raw paths, chunked bodies, bodies that trickle in byte by byte.
 */
final class RawHttp implements AutoCloseable {

	static final String QUERY = "{\"query\":\"{ municipalities { id } }\"}";

	private final Socket socket;

	RawHttp(int port) throws IOException {
		this.socket = new Socket("127.0.0.1", port);
		this.socket.setSoTimeout(30_000);
	}

	static String post(String path, String headers) {
		return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + headers + "\r\n";
	}

	static String chunked(String body, int chunkSize) {
		StringBuilder chunks = new StringBuilder();
		for (int at = 0; at < body.length(); at += chunkSize) {
			String chunk = body.substring(at, Math.min(body.length(), at + chunkSize));
			chunks.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
		}
		return chunks.append("0\r\n\r\n").toString();
	}

	RawHttp send(String text) throws IOException {
		return send(text.getBytes(StandardCharsets.UTF_8));
	}

	RawHttp send(byte[] bytes) throws IOException {
		this.socket.getOutputStream().write(bytes);
		this.socket.getOutputStream().flush();
		return this;
	}

	/**
	 * Reads one response: status line, headers and a body of Content-Length or chunked.
	 */
	Response response() throws IOException {
		InputStream input = this.socket.getInputStream();
		String head = readHead(input);
		String lower = head.toLowerCase(Locale.ROOT);
		String body;
		if (lower.contains("transfer-encoding: chunked")) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			while (true) {
				int size = Integer.parseInt(readLine(input).trim(), 16);
				if (size == 0) {
					readLine(input);
					break;
				}
				bytes.write(input.readNBytes(size));
				readLine(input);
			}
			body = bytes.toString(StandardCharsets.UTF_8);
		}
		else if (!lower.contains("content-length: ")) {
			body = new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		else {
			int at = lower.indexOf("content-length: ");
			int length = (at < 0) ? 0 : Integer.parseInt(lower.substring(at + 16, lower.indexOf('\r', at)).trim());
			body = new String(input.readNBytes(length), StandardCharsets.UTF_8);
		}
		return new Response(Integer.parseInt(head.substring(9, 12)), head, body);
	}

	/** Whether the server closed the connection (rather than waiting for more). */
	boolean closedByServer() throws IOException {
		try {
			return this.socket.getInputStream().read() == -1;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

	void timeout(int millis) throws IOException {
		this.socket.setSoTimeout(millis);
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	private static String readHead(InputStream input) throws IOException {
		StringBuilder head = new StringBuilder();
		String line;
		while (!(line = readLine(input)).isEmpty()) {
			head.append(line).append("\r\n");
		}
		if (head.isEmpty()) {
			throw new IOException("No response: the connection was closed");
		}
		return head.toString();
	}

	private static String readLine(InputStream input) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int b;
		while ((b = input.read()) != -1 && b != '\n') {
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	record Response(int status, String head, String body) {

		String header(String name) {
			for (String line : this.head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
					return line.substring(colon + 1).trim();
				}
			}
			return null;
		}

	}

}
