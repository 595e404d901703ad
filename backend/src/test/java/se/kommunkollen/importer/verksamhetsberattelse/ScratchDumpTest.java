package se.kommunkollen.importer.verksamhetsberattelse;

import org.junit.jupiter.api.Test;

import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.read.SampleTexts;
import se.kommunkollen.municipality.MunicipalityDirectory;

class ScratchDumpTest {

	@Test
	void dump() throws Exception {
		ParsedReport r = new VerksamhetsberattelseParser(new MunicipalityDirectory()).parse(SampleTexts.load(SampleTexts.ESKILSTUNA));
		StringBuilder b = new StringBuilder();
		b.append(r.meta()).append("\n");
		r.organisations().forEach((x) -> b.append(x).append("\n"));
		r.areas().forEach((x) -> b.append(x).append("\n"));
		r.goals().forEach((x) -> b.append(cut(x.toString())).append("\n"));
		r.indicators().forEach((x) -> b.append(x).append("\n"));
		r.commitments().forEach((x) -> b.append(cut(x.toString())).append("\n"));
		r.initiatives().forEach((x) -> b.append(cut(x.toString())).append("\n"));
		r.internalControls().forEach((x) -> b.append(cut(x.toString())).append("\n"));
		r.statements().forEach((s) -> { b.append(s.key() + " " + s.kind() + " " + s.title() + " " + s.unit() + " " + s.lines() + "\n");
			s.columns().forEach((c) -> b.append("  ").append(c).append("\n"));
			s.rows().forEach((c) -> b.append("  ").append(c.label() + " | " + c.section() + " | " + c.sum() + " | " + c.values() + " " + c.lines()).append("\n")); });
		r.warnings().forEach((x) -> b.append(x).append("\n"));
		java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/kkb/eskilstuna.txt"), b.toString());
	}

	static String cut(String s) {
		return s.replaceAll("(plain|html|comment|riskDescription)=([^,]{0,80})[^=]*?, (\\w+)=", "$1=$2…, $3=");
	}

}
