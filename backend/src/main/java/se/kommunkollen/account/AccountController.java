package se.kommunkollen.account;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.kommunkollen.account.Accounts.AccountView;

/** Administrators manage accounts (the path is for administrators only). */
@RestController
class AccountController {

	private final Accounts accounts;

	private final CurrentEditor currentEditor;

	AccountController(Accounts accounts, CurrentEditor currentEditor) {
		this.accounts = accounts;
		this.currentEditor = currentEditor;
	}

	record NewAccount(String email, String password, String municipalityId, Boolean administrator) {
	}

	@GetMapping("/api/accounts")
	List<AccountView> accounts() {
		return this.accounts.list();
	}

	@PostMapping("/api/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	AccountView create(@RequestBody NewAccount account) {
		return this.accounts.create(account.email(), account.password(), account.municipalityId(),
				Boolean.TRUE.equals(account.administrator()));
	}

	@PostMapping("/api/accounts/{id}/disable")
	AccountView disable(@PathVariable long id) {
		// So that the last administrator cannot lock everyone out by mistake.
		if (this.currentEditor.require().accountId() == id) {
			throw new AccountException(AccountException.Reason.INVALID,
					"An administrator cannot disable their own account; another administrator can.");
		}
		return this.accounts.setEnabled(id, false);
	}

	@PostMapping("/api/accounts/{id}/enable")
	AccountView enable(@PathVariable long id) {
		return this.accounts.setEnabled(id, true);
	}

	@PostMapping("/api/accounts/{id}/unlock")
	AccountView unlock(@PathVariable long id) {
		return this.accounts.unlock(id);
	}

}
