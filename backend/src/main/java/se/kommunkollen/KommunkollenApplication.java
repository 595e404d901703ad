package se.kommunkollen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import se.kommunkollen.account.AccountCommands;
import se.kommunkollen.importer.ImportCommand;
import se.kommunkollen.importer.ReportImporter;
import se.kommunkollen.operations.DatabaseCommands;

/**
 * Serves the API and the site; {@code import FILE...} as first arguments imports reports
 * into the configured database without starting the web server, {@code backup FILE} and
 * {@code restore FILE} copy the embedded database out and back, {@code user ...} and
 * {@code token ...} manage editor accounts and API tokens.
 */
@SpringBootApplication
public class KommunkollenApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "import".equals(args[0])) {
			System.exit(runImport(Arrays.asList(args).subList(1, args.length)));
		}
		if (args.length > 0 && ("backup".equals(args[0]) || "restore".equals(args[0]))) {
			System.exit(
					DatabaseCommands.run(args[0], Arrays.asList(args).subList(1, args.length), System.out, System.err));
		}
		if (args.length > 0 && ("user".equals(args[0]) || "token".equals(args[0]))) {
			System.exit(AccountCommands.run(args[0], Arrays.asList(args).subList(1, args.length), System.in, System.out,
					System.err));
		}
		SpringApplication.run(KommunkollenApplication.class, args);
	}

	static int runImport(List<String> arguments) {
		List<String> files = arguments.stream().filter((argument) -> !argument.startsWith("--")).toList();
		List<String> springArguments = new ArrayList<>(
				arguments.stream().filter((argument) -> argument.startsWith("--")).toList());
		// The command imports exactly the files it is given, never the bundled samples.
		springArguments.add("--kommunkollen.samples.import-on-empty=false");
		SpringApplication application = new SpringApplication(KommunkollenApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = application.run(springArguments.toArray(String[]::new))) {
			return new ImportCommand(context.getBean(ReportImporter.class), System.out, System.err).run(files);
		}
	}

}
