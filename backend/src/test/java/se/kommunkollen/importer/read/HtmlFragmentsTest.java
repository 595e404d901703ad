package se.kommunkollen.importer.read;

import org.junit.jupiter.api.Test;

import se.kommunkollen.importer.ParsedReport;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlFragmentsTest {

	@Test
	void cellWithoutMarkupIsPlainTrimmedText() {
		ParsedReport.Text text = HtmlFragments.read("  Kommunen har ökat antalet företag.\u00A0");
		assertThat(text.html()).isNull();
		assertThat(text.plain()).isEqualTo("Kommunen har ökat antalet företag.");
	}

	@Test
	void keepsParagraphsListsAndEmphasisAndSeparatesBlocksWithNewlines() {
		ParsedReport.Text text = HtmlFragments.read(
				"<p>Inköp</p> <p>Arbetet med <i>Klimatneutrala Enköping</i> fortsätter.</p><ul><li>Ett</li><li>Två</li></ul>");
		assertThat(text.html()).isEqualTo(
				"<p>Inköp</p> <p>Arbetet med <i>Klimatneutrala Enköping</i> fortsätter.</p><ul><li>Ett</li><li>Två</li></ul>");
		assertThat(text.plain()).isEqualTo("Inköp\nArbetet med Klimatneutrala Enköping fortsätter.\nEtt\nTvå");
	}

	@Test
	void dropsScriptsAttributesAndStyles() {
		ParsedReport.Text text = HtmlFragments
			.read("<p style=\"color:red\" class=\"x\" onclick=\"steal()\">Text<script>alert('x')</script></p>"
					+ "<style>p { display:none }</style><a href=\"javascript:evil()\">länk</a><img src=x onerror=y>");
		assertThat(text.html()).isEqualTo("<p>Text</p>länk");
		assertThat(text.html()).doesNotContain("script", "style", "alert", "onclick", "href", "img", "display");
		assertThat(text.plain()).isEqualTo("Text\nlänk");
	}

	@Test
	void lineBreaksSeparateLinesOfPlainText() {
		assertThat(HtmlFragments.plain("Första<br>andra<br/>tredje")).isEqualTo("Första\nandra\ntredje");
	}

	@Test
	void itemsAreListItemsOrParagraphs() {
		assertThat(HtmlFragments.items("<ul><li>Tydlig styrning</li><li> </li><li>God ekonomi</li></ul>"))
			.containsExactly("Tydlig styrning", "God ekonomi");
		assertThat(HtmlFragments.items("<p>Ett</p><p></p><p>Två</p>")).containsExactly("Ett", "Två");
	}

	@Test
	void itemsSplitOnBullets() {
		assertThat(HtmlFragments.items("• Ett • Två•Tre •")).containsExactly("Ett", "Två", "Tre");
		assertThat(HtmlFragments.items("<p>• Ett</p><p>• Två</p>")).containsExactly("Ett", "Två");
	}

	@Test
	void itemsOfPlainCellIsTheCell() {
		assertThat(HtmlFragments.items(" En styrka ")).containsExactly("En styrka");
		assertThat(HtmlFragments.items("  ")).isEmpty();
	}

	@Test
	void lessThanInTextIsNotMarkup() {
		assertThat(HtmlFragments.read("Andel < 5 år").html()).isNull();
	}

}
