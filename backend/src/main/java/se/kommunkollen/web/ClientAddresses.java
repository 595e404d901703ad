package se.kommunkollen.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a request comes from, for counting: the socket's address, or, when that is a
 * trusted proxy, the nearest address in {@code X-Forwarded-For} that is not one of our
 * proxies. IPv6 clients are counted per /64, the block one subscriber usually has. The
 * request log names clients the same way.
 */
public final class ClientAddresses {

	private final List<IpRange> trustedProxies;

	public ClientAddresses(List<String> trustedProxies) {
		this.trustedProxies = trustedProxies.stream().filter((text) -> !text.isBlank()).map(IpRange::parse).toList();
	}

	public String key(HttpServletRequest request) {
		InetAddress client = client(request);
		if (client == null) {
			return request.getRemoteAddr();
		}
		byte[] bytes = client.getAddress();
		if (client instanceof Inet6Address) {
			return HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "/64";
		}
		return client.getHostAddress();
	}

	private InetAddress client(HttpServletRequest request) {
		InetAddress socket = IpRange.literal(request.getRemoteAddr()).orElse(null);
		if (socket == null || !trusted(socket)) {
			return socket;
		}
		List<String> hops = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
			hops.addAll(Arrays.asList(header.split(",")));
		}
		// Each proxy appends the address it was called from: read from the right and
		// stop at the first hop that is not ours.
		for (int i = hops.size() - 1; i >= 0; i--) {
			Optional<InetAddress> hop = IpRange.literal(hops.get(i));
			if (hop.isEmpty()) {
				return socket;
			}
			if (!trusted(hop.get())) {
				return hop.get();
			}
		}
		return socket;
	}

	private boolean trusted(InetAddress address) {
		return this.trustedProxies.stream().anyMatch((range) -> range.contains(address));
	}

}
