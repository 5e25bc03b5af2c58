package org.esgledger.app.web.internal;

import java.util.List;

import org.esgledger.app.audit.Role;
import org.esgledger.app.user.SignIns;
import org.esgledger.app.user.SignedIn;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a sign-in through {@link SignIns} (which throttles, checks the Argon2id hash and records
 * the outcome): the session then holds the user's name; what they may do is read again from the
 * store at every request ({@link SignedInUser}) and checked by the services.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignInProvider implements AuthenticationProvider {

    private final SignIns signIns;

    SignInProvider(SignIns signIns) {
        this.signIns = signIns;
    }

    @Override
    public Authentication authenticate(Authentication asked) {
        String client = asked.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "-";
        try {
            SignedIn user = signIns.signIn(asked.getName(), String.valueOf(asked.getCredentials()), client);
            List<SimpleGrantedAuthority> roles = user.actor().roles().stream().sorted().map(Role::code)
                    .map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
            return UsernamePasswordAuthenticationToken.authenticated(user.actor().name(), null, roles);
        } catch (EsgException e) {
            throw new SignInFailure(e.problem());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
