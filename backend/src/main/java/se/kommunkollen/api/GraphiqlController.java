package se.kommunkollen.api;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /graphiql} shows our own GraphiQL page, whose scripts come from this server. */
@Controller
class GraphiqlController {

	@GetMapping("/graphiql")
	String graphiql() {
		return "forward:/graphiql/index.html";
	}

}
