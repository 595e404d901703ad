package se.kommunkollen.account;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.web.firewall.StrictHttpFirewall;

import static org.assertj.core.api.Assertions.assertThat;

class FirewallHeaderTests {

	@Test
	void headerCheckAllowsExactlyWhatTheFirewallsDefaultAllows() {
		List<String> differences = new ArrayList<>();
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			String text = "a" + Character.toString(codePoint) + "b";
			if (WebSecurityConfiguration.allowedInHeader(text, false) != StrictHttpFirewall.ALLOWED_HEADER_NAMES
				.test(text)) {
				differences.add("name U+%04X".formatted(codePoint));
			}
			if (WebSecurityConfiguration.allowedInHeader(text, true) != StrictHttpFirewall.ALLOWED_HEADER_VALUES
				.test(text)) {
				differences.add("value U+%04X".formatted(codePoint));
			}
		}
		assertThat(differences).isEmpty();
		for (String text : List.of("", "\t", "a\tb", "\uD800", "x\uD800y", "\uDC00\uD800", "\uD83D\uDE00",
				"application/json; charset=utf-8", "Bearer abc.def", "\u0085", "\u00A0\u00FF")) {
			assertThat(WebSecurityConfiguration.allowedInHeader(text, false)).as(text)
				.isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(text));
			assertThat(WebSecurityConfiguration.allowedInHeader(text, true)).as(text)
				.isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(text));
		}
	}

}
