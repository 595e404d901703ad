package se.kommunkollen.operations;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Role;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import se.kommunkollen.report.DataVersion;

/**
 * A PostgreSQL read replica, when {@code kommunkollen.datasource.replica.url} is set.
 * Read-only transactions take their connection from the replica while it has caught up
 * with the primary ({@link ReplicaWhenCaughtUp}); everything else (Flyway, imports, the
 * data version's update, any read-write transaction and any statement outside a
 * transaction) runs on the primary, through Spring's
 * {@link LazyConnectionDataSourceProxy}, which fetches a connection only once a
 * transaction's read-only flag is known. The public API's controllers run in read-only
 * transactions, so their reads are what goes to the replica.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${kommunkollen.datasource.replica.url:}'.isBlank()")
class ReplicaConfiguration {

	/** The primary pool, configured as Boot would ({@code spring.datasource.*}). */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource primaryDataSource(DataSourceProperties properties) {
		HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		pool.setPoolName("primary");
		return pool;
	}

	@Bean
	@ConfigurationProperties("kommunkollen.datasource.replica.hikari")
	HikariDataSource replicaDataSource(@Value("${kommunkollen.datasource.replica.url}") String url,
			@Value("${kommunkollen.datasource.replica.username:${spring.datasource.username:}}") String username,
			@Value("${kommunkollen.datasource.replica.password:${spring.datasource.password:}}") String password) {
		HikariDataSource pool = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(url)
			.username(username)
			.password(password)
			.build();
		pool.setPoolName("replica");
		return pool;
	}

	@Bean
	ReplicaWhenCaughtUp replicaWhenCaughtUp(HikariDataSource primaryDataSource, HikariDataSource replicaDataSource,
			@Value("${kommunkollen.datasource.replica.lag-check-interval:1s}") Duration interval,
			ObjectProvider<DataVersion> dataVersion) {
		// looked up at the first read: the data version reads through the data source
		// built from this bean
		return new ReplicaWhenCaughtUp(primaryDataSource, replicaDataSource, interval,
				() -> dataVersion.getObject().highestSeen());
	}

	/**
	 * Readiness ({@code db}) depends on the primary only: without the replica, reads go
	 * to the primary.
	 */
	@Bean
	HealthIndicator dbHealthIndicator(HikariDataSource primaryDataSource) {
		return new DataSourceHealthIndicator(primaryDataSource);
	}

	/**
	 * {@code replica} on the health endpoint: whether it answers and serves the reads.
	 */
	@Bean
	HealthIndicator replicaHealthIndicator(ReplicaWhenCaughtUp replicaWhenCaughtUp) {
		return replicaWhenCaughtUp::health;
	}

	/** The data source the application uses: the primary, or the replica for reads. */
	@Bean
	@Primary
	DataSource dataSource(HikariDataSource primaryDataSource, ReplicaWhenCaughtUp replicaWhenCaughtUp) {
		LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primaryDataSource);
		routing.setReadOnlyDataSource(replicaWhenCaughtUp.dataSource());
		return routing;
	}

	/**
	 * Every method of the application's controllers (the GraphQL API, the feed) runs in a
	 * read-only transaction, or joins the transaction already running.
	 */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor readOnlyControllers(BeanFactory beanFactory) {
		DefaultTransactionAttribute readOnly = new DefaultTransactionAttribute();
		readOnly.setReadOnly(true);
		MatchAlwaysTransactionAttributeSource attributes = new MatchAlwaysTransactionAttributeSource();
		attributes.setTransactionAttribute(readOnly);
		TransactionInterceptor interceptor = new TransactionInterceptor();
		interceptor.setTransactionAttributeSource(attributes);
		interceptor.setBeanFactory(beanFactory);
		AnnotationMatchingPointcut controllers = new AnnotationMatchingPointcut(Controller.class, true);
		ClassFilter ours = (type) -> type.getName().startsWith("se.kommunkollen.")
				&& controllers.getClassFilter().matches(type);
		return new DefaultPointcutAdvisor(new ComposablePointcut(ours), interceptor);
	}

}
