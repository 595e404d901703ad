package se.kommunkollen.support;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends, on any thread, through a
 * datasource-proxy wrapper around the data source.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private static final AtomicInteger statements = new AtomicInteger();

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name("counting")
						.afterQuery((execution, queries) -> statements.addAndGet(queries.size()))
						.build();
				}
				return bean;
			}
		};
	}

	public static void reset() {
		statements.set(0);
	}

	public static int count() {
		return statements.get();
	}

}
