package se.kommunkollen.web;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import org.apache.catalina.core.ApplicationPart;
import org.apache.tomcat.util.http.fileupload.FileItem;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.UploadContext;
import org.apache.tomcat.util.http.fileupload.disk.DiskFileItemFactory;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;

/**
 * Parses a multipart/form-data body that is in memory already, with Tomcat's own parser
 * and the servlet's multipart limits, into the parts the container would give.
 */
final class BufferedMultipart {

	/** Most parts one request may have (an upload form has one or two). */
	static final int MAX_PARTS = 10;

	private BufferedMultipart() {
	}

	static Collection<Part> parse(byte[] body, String contentType, String encoding, MultipartConfigElement config)
			throws IOException, ServletException {
		if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
			throw new ServletException("Not a multipart/form-data request");
		}
		File location = config.getLocation().isEmpty() ? Path.of(System.getProperty("java.io.tmpdir")).toFile()
				: new File(config.getLocation());
		// The body is in memory already: its parts stay there too.
		DiskFileItemFactory factory = new DiskFileItemFactory(body.length + 1, location);
		FileUpload upload = new FileUpload();
		upload.setFileItemFactory(factory);
		upload.setFileSizeMax(config.getMaxFileSize());
		upload.setSizeMax(config.getMaxRequestSize());
		upload.setFileCountMax(MAX_PARTS);
		try {
			List<FileItem> items = upload.parseRequest(new UploadContext() {

				@Override
				public String getCharacterEncoding() {
					return encoding;
				}

				@Override
				public String getContentType() {
					return contentType;
				}

				@Override
				public InputStream getInputStream() {
					return new ByteArrayInputStream(body);
				}

				@Override
				public long contentLength() {
					return body.length;
				}

			});
			return items.stream().<Part>map((item) -> new ApplicationPart(item, location)).toList();
		}
		catch (SizeException ex) {
			// Spring reads a message with "size" and "exceed" as an upload over the
			// limit.
			throw new IllegalStateException("Upload size exceeds a limit: " + ex.getMessage(), ex);
		}
		catch (FileUploadException ex) {
			throw new ServletException("Malformed multipart body: " + ex.getMessage(), ex);
		}
	}

}
