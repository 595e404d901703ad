package se.kommunkollen.account;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.kommunkollen.account.ApiTokens.NewToken;
import se.kommunkollen.account.ApiTokens.TokenView;

/** The signed-in account's own API tokens. */
@RestController
class TokenController {

	private final ApiTokens tokens;

	private final CurrentEditor currentEditor;

	TokenController(ApiTokens tokens, CurrentEditor currentEditor) {
		this.tokens = tokens;
		this.currentEditor = currentEditor;
	}

	record TokenRequest(String name) {
	}

	@GetMapping("/api/tokens")
	List<TokenView> tokens() {
		return this.tokens.list(this.currentEditor.require().accountId());
	}

	/** The answer holds the token: the only time it is shown. */
	@PostMapping("/api/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	NewToken create(@RequestBody(required = false) TokenRequest request) {
		return this.tokens.create(this.currentEditor.require().accountId(), (request != null) ? request.name() : null);
	}

	@PostMapping("/api/tokens/{id}/revoke")
	TokenView revoke(@PathVariable long id) {
		return this.tokens.revoke(id, this.currentEditor.require().accountId());
	}

}
