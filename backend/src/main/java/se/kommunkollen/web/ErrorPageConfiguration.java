package se.kommunkollen.web;

import org.apache.catalina.Container;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Tomcat answers some requests itself, before any filter sees them: a malformed request
 * line or header (400), an unknown HTTP version (505). Its error report valve is replaced
 * by one that adds the security headers to those answers and names no server or version.
 * Runs after Spring Boot's own customizer, which installs the valve this one replaces.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPageConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			Container parent = context.getParent();
			if (parent instanceof Host host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new SecureErrorReportValve());
				// the host adds a plain one at start unless one of this class is there
				if (host instanceof org.apache.catalina.core.StandardHost standard) {
					standard.setErrorReportValveClass(SecureErrorReportValve.class.getName());
				}
			}
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** Tomcat's error page, bare, with the security headers. */
	public static class SecureErrorReportValve extends ErrorReportValve {

		/** The page has no script, style, image or form of its own. */
		static final String POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

		public SecureErrorReportValve() {
			setShowServerInfo(false);
			setShowReport(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			if (!response.isCommitted()) {
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
				response.setHeader("X-Frame-Options", "DENY");
				if (!response.containsHeader("Content-Security-Policy")) {
					response.setHeader("Content-Security-Policy", POLICY);
				}
			}
			super.report(request, response, throwable);
		}

	}

}
