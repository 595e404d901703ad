package se.kommunkollen.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** An address or a CIDR range ({@code 192.0.2.0/24}, {@code 2001:db8::/32}). */
record IpRange(byte[] network, int prefixLength) {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	static IpRange parse(String text) {
		String[] parts = text.trim().split("/", 2);
		InetAddress address = literal(parts[0])
			.orElseThrow(() -> new IllegalArgumentException("Not an IP address or range: '" + text + "'"));
		int bits = address.getAddress().length * 8;
		int prefix = (parts.length == 2) ? Integer.parseInt(parts[1]) : bits;
		if (prefix < 0 || prefix > bits) {
			throw new IllegalArgumentException("Prefix length out of range in '" + text + "'");
		}
		return new IpRange(address.getAddress(), prefix);
	}

	/**
	 * The address written as an IP literal; never a host name (no DNS lookups for what a
	 * client wrote).
	 */
	static Optional<InetAddress> literal(String text) {
		String candidate = text.trim();
		if (!IPV4.matcher(candidate).matches() && !IPV6.matcher(candidate).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(InetAddress.getByName(candidate));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

	boolean contains(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (bytes.length != this.network.length) {
			return false;
		}
		int whole = this.prefixLength / 8;
		for (int i = 0; i < whole; i++) {
			if (bytes[i] != this.network[i]) {
				return false;
			}
		}
		int rest = this.prefixLength % 8;
		if (rest == 0) {
			return true;
		}
		int mask = (0xFF << (8 - rest)) & 0xFF;
		return (bytes[whole] & mask) == (this.network[whole] & mask);
	}

}
