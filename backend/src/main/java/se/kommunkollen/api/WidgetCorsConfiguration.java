package se.kommunkollen.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Municipal sites load {@code widgets.js} as a module script from this server, and
 * browsers fetch module scripts with CORS: any origin may read it, without credentials.
 */
@Configuration(proxyBeanMethods = false)
class WidgetCorsConfiguration implements WebMvcConfigurer {

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/widgets.js").allowedOrigins("*").allowedMethods("GET", "HEAD").allowCredentials(false);
	}

}
