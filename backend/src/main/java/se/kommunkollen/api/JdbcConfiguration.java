package se.kommunkollen.api;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Column names stay unquoted, so that {@code @Column("report_year")} means the same
 * column on H2 (which folds names to upper case) and PostgreSQL (lower case). The schema
 * avoids reserved words, so quoting is never needed.
 */
@Configuration(proxyBeanMethods = false)
class JdbcConfiguration {

	@Bean
	static BeanPostProcessor unquotedIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}

}
