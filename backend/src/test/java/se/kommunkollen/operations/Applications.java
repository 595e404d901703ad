package se.kommunkollen.operations;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import se.kommunkollen.KommunkollenApplication;

/**
 * Starts the application outside the test framework's context cache, for tests that close
 * it themselves. Other tests' {@code @TestConfiguration} classes are left out of the
 * component scan, as the test framework does.
 */
final class Applications {

	private Applications() {
	}

	static ConfigurableApplicationContext start(WebApplicationType type, List<Class<?>> extraSources,
			String... arguments) {
		List<Class<?>> sources = new ArrayList<>(List.of(KommunkollenApplication.class));
		sources.addAll(extraSources);
		return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).web(type)
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton("testConfigurationsNotScanned", new TestConfigurationsNotScanned()))
			.run(arguments);
	}

	private static final class TestConfigurationsNotScanned extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestConfigurationsNotScanned;
		}

		@Override
		public int hashCode() {
			return TestConfigurationsNotScanned.class.hashCode();
		}

	}

}
