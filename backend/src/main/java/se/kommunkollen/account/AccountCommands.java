package se.kommunkollen.account;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.kommunkollen.KommunkollenApplication;
import se.kommunkollen.account.Accounts.AccountView;
import se.kommunkollen.account.ApiTokens.NewToken;
import se.kommunkollen.account.ApiTokens.TokenView;

/**
 * {@code user add EMAIL --municipality ID [--admin]} (the password from standard input),
 * {@code user list}, {@code token create EMAIL [--name LABEL]} (the token as the last
 * line of the output), {@code token list EMAIL} and {@code token revoke ID}: accounts and
 * tokens on the configured database, without a web server. Exit code 0 when done, 1 when
 * refused (with the reason on standard error), 2 for a malformed command.
 */
public final class AccountCommands {

	static final String USAGE = """
			usage: java -jar kommunkollen.jar user add EMAIL --municipality ID [--admin]   (password on standard input)
			       java -jar kommunkollen.jar user list
			       java -jar kommunkollen.jar token create EMAIL [--name LABEL]
			       java -jar kommunkollen.jar token list EMAIL
			       java -jar kommunkollen.jar token revoke ID
			       (any --spring.datasource.url=... and other --property=value as for the server)""";

	private final InputStream in;

	private final PrintStream out;

	private final PrintStream err;

	private AccountCommands(InputStream in, PrintStream out, PrintStream err) {
		this.in = in;
		this.out = out;
		this.err = err;
	}

	/**
	 * @param command {@code user} or {@code token}
	 * @param arguments what follows it
	 * @return the process exit code
	 */
	public static int run(String command, List<String> arguments, InputStream in, PrintStream out, PrintStream err) {
		return new AccountCommands(in, out, err).run(command, arguments);
	}

	private int run(String command, List<String> arguments) {
		Command parsed = Command.parse(command, arguments);
		if (parsed == null) {
			this.err.println(USAGE);
			return 2;
		}
		String password = null;
		if (parsed.is("user", "add")) {
			password = readPassword();
			if (password == null) {
				this.err.println("No password on standard input: echo the password into the command, or type it.");
				return 1;
			}
		}
		List<String> springArguments = new ArrayList<>(parsed.springArguments());
		// A command works on the data it is given: it never imports the bundled samples.
		springArguments.add("--kommunkollen.samples.import-on-empty=false");
		if (springArguments.stream().noneMatch((argument) -> argument.startsWith("--logging.level.root"))) {
			springArguments.add("--logging.level.root=WARN");
		}
		String lastLine = null;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KommunkollenApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(springArguments.toArray(String[]::new))) {
			Accounts accounts = context.getBean(Accounts.class);
			ApiTokens tokens = context.getBean(ApiTokens.class);
			lastLine = execute(parsed, password, accounts, tokens);
		}
		catch (AccountException ex) {
			this.err.println(ex.getMessage());
			return 1;
		}
		// After the context has closed, so that nothing it logs follows the token.
		if (lastLine != null) {
			this.out.println(lastLine);
		}
		return 0;
	}

	/** Runs the command; returns a line to print last, after everything else. */
	private String execute(Command command, String password, Accounts accounts, ApiTokens tokens) {
		if (command.is("user", "add")) {
			AccountView account = accounts.create(command.subject(), password, command.option("municipality"),
					command.flag("admin"));
			this.out.println("Created account " + account.id() + ": " + account.email() + ", "
					+ account.role().toLowerCase() + " for " + account.municipalityId());
			return null;
		}
		if (command.is("user", "list")) {
			List<AccountView> all = accounts.list();
			for (AccountView account : all) {
				this.out.println(account.id() + "\t" + account.email() + "\t" + account.municipalityId() + "\t"
						+ account.role() + "\t" + (account.enabled() ? "enabled" : "disabled")
						+ ((account.lockedUntil() != null) ? "\tlocked until " + account.lockedUntil() : ""));
			}
			this.out.println(all.size() + " account(s)");
			return null;
		}
		if (command.is("token", "create")) {
			Account account = accounts.requireEmail(command.subject());
			NewToken token = tokens.create(account.id(), command.option("name"));
			this.out.println("Created token " + token.id() + " \"" + token.name() + "\" for " + account.email()
					+ ". It is shown only now; store it, then send it as Authorization: Bearer TOKEN:");
			return token.token();
		}
		if (command.is("token", "list")) {
			Account account = accounts.requireEmail(command.subject());
			List<TokenView> all = tokens.list(account.id());
			for (TokenView token : all) {
				this.out.println(token.id() + "\t" + token.name() + "\tcreated " + token.createdAt() + "\tlast used "
						+ ((token.lastUsedAt() != null) ? token.lastUsedAt() : "never")
						+ ((token.revokedAt() != null) ? "\trevoked " + token.revokedAt() : ""));
			}
			this.out.println(all.size() + " token(s) of " + account.email());
			return null;
		}
		long id;
		try {
			id = Long.parseLong(command.subject());
		}
		catch (NumberFormatException ex) {
			throw new AccountException(AccountException.Reason.INVALID,
					"A token is revoked by its id (see token list EMAIL), not '" + command.subject() + "'.");
		}
		TokenView revoked = tokens.revoke(id, null);
		this.out.println("Revoked token " + revoked.id() + " \"" + revoked.name() + "\"");
		return null;
	}

	/** The first line of standard input, without echo when it is a terminal. */
	private String readPassword() {
		Console console = System.console();
		if (this.in == System.in && console != null) {
			char[] typed = console.readPassword("Password (at least 12 characters): ");
			return (typed != null) ? new String(typed) : null;
		}
		try {
			String line = new BufferedReader(new InputStreamReader(this.in, StandardCharsets.UTF_8)).readLine();
			return (line != null) ? line.stripTrailing() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** A parsed command line: action, subject, own options, and Spring's properties. */
	record Command(String command, String action, String subject, Map<String, String> options,
			List<String> springArguments) {

		private static final Map<String, List<String>> ACTIONS = Map.of("user", List.of("add", "list"), "token",
				List.of("create", "list", "revoke"));

		private static final List<String> VALUED = List.of("municipality", "name");

		boolean is(String command, String action) {
			return this.command.equals(command) && this.action.equals(action);
		}

		String option(String name) {
			return this.options.get(name);
		}

		boolean flag(String name) {
			return this.options.containsKey(name);
		}

		/** The command, or null when it is malformed. */
		static Command parse(String command, List<String> arguments) {
			if (arguments.isEmpty() || !ACTIONS.getOrDefault(command, List.of()).contains(arguments.get(0))) {
				return null;
			}
			String action = arguments.get(0);
			List<String> positional = new ArrayList<>();
			Map<String, String> options = new HashMap<>();
			List<String> spring = new ArrayList<>();
			for (int at = 1; at < arguments.size(); at++) {
				String argument = arguments.get(at);
				String name = argument.startsWith("--") ? argument.substring(2).split("=", 2)[0] : null;
				if (name == null) {
					positional.add(argument);
				}
				else if (VALUED.contains(name)) {
					if (argument.contains("=")) {
						options.put(name, argument.substring(argument.indexOf('=') + 1));
					}
					else if (at + 1 < arguments.size()) {
						options.put(name, arguments.get(++at));
					}
					else {
						return null;
					}
				}
				else if (name.equals("admin")) {
					options.put(name, "true");
				}
				else if (argument.contains("=")) {
					spring.add(argument);
				}
				else {
					return null;
				}
			}
			boolean needsSubject = !action.equals("list") || command.equals("token");
			if (positional.size() != (needsSubject ? 1 : 0)) {
				return null;
			}
			if (command.equals("user") && action.equals("add") && !options.containsKey("municipality")) {
				return null;
			}
			return new Command(command, action, needsSubject ? positional.get(0) : null, options, spring);
		}

	}

}
