package se.kommunkollen.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Limits per client: requests over time ({@link RateLimitInterceptor}) and at once
 * ({@link InFlightLimitInterceptor}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
@ConditionalOnBooleanProperty(name = "kommunkollen.rate-limit.enabled", matchIfMissing = true)
class RateLimitConfiguration implements WebMvcConfigurer {

	private final RateLimitProperties properties;

	private final ObjectProvider<MeterRegistry> registry;

	RateLimitConfiguration(RateLimitProperties properties, ObjectProvider<MeterRegistry> registry) {
		this.properties = properties;
		this.registry = registry;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		MeterRegistry meters = this.registry.getIfAvailable();
		Runnable onRefused = (meters != null) ? Counter.builder("kommunkollen.rate.limited")
			.description("Requests refused with 429 by the rate limit per client")
			.register(meters)::increment : () -> {
			};
		registry.addInterceptor(new RateLimitInterceptor(this.properties, onRefused));
		registry.addInterceptor(new InFlightLimitInterceptor(this.properties));
	}

}
