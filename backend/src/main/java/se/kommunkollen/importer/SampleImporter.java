package se.kommunkollen.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import se.kommunkollen.report.ImportRun;
import se.kommunkollen.report.ImportRunRepository;

/**
 * On the embedded default, imports the bundled sample reports so that a fresh clone shows
 * real data. It runs before the web server opens its port, so the first request already
 * sees the samples.
 * <p>
 * Each sample is its own transaction, so a first start that stopped midway leaves some of
 * them: the next start imports the ones missing. A sample counts as present when a file
 * with its checksum was ever imported (a newer version of that report imported since is
 * kept). A database that holds anything but the samples is left alone.
 */
@Component
@ConditionalOnProperty(name = "kommunkollen.samples.import-on-empty", havingValue = "true")
class SampleImporter implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(SampleImporter.class);

	private final ReportImporter importer;

	private final ImportRunRepository runs;

	SampleImporter(ReportImporter importer, ImportRunRepository runs) {
		this.importer = importer;
		this.runs = runs;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Map<String, Resource> samplesByChecksum = new LinkedHashMap<>();
		for (Resource sample : bundledSamples()) {
			samplesByChecksum.put(ReportImporter.sha256(read(sample)), sample);
		}
		Set<String> imported = this.runs.findAll().stream().map(ImportRun::checksum).collect(Collectors.toSet());
		if (!samplesByChecksum.keySet().containsAll(imported)) {
			return;
		}
		samplesByChecksum.forEach((checksum, sample) -> {
			if (!imported.contains(checksum)) {
				importSample(sample);
			}
		});
	}

	private void importSample(Resource sample) {
		try {
			ImportResult result = this.importer.importFile(sample.getFilename(), read(sample));
			logger.info("Imported sample " + result.fileName() + " as " + result.reportId() + ": " + result.counts()
					+ ", " + result.warnings().size() + " warnings");
		}
		catch (ImportException ex) {
			// One unreadable sample must not keep the server from serving the others.
			logger.error("Sample not imported: " + ex.getMessage());
		}
	}

	private static Resource[] bundledSamples() {
		Resource[] samples;
		try {
			samples = new PathMatchingResourcePatternResolver().getResources("classpath:samples/*.txt");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the bundled samples", ex);
		}
		Arrays.sort(samples, Comparator.comparing(Resource::getFilename));
		return samples;
	}

	private static byte[] read(Resource sample) {
		try {
			return sample.getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the bundled sample " + sample.getFilename(), ex);
		}
	}

}
