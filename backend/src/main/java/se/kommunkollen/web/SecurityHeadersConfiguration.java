package se.kommunkollen.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** See {@link SecurityHeadersFilter}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityHeadersProperties.class)
class SecurityHeadersConfiguration {

}
