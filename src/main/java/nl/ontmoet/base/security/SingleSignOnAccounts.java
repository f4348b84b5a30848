package nl.ontmoet.base.security;

/**
 * Finds the Ontmoet account of a person the identity provider logged in (implemented by the account feature, which
 * owns the accounts). Never creates an account.
 */
public interface SingleSignOnAccounts {

    /**
     * @return the principal of the linked account, linking it first when this is the person's first login
     * @throws SingleSignOnRefused when no account may be used, with the reason the login page shows
     */
    OntmoetPrincipal signIn(SingleSignOnIdentity identity);
}
