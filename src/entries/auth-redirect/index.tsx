// /auth/redirect.html: where Entra ID sends the MSAL sign-in popup back (see platform/auth/redirect-bridge.ts).
import { finishPopupSignIn } from "../../platform/auth/redirect-bridge";

void finishPopupSignIn().then((done) => {
  if (!done) {
    document.body.textContent =
      "Sign-in could not finish. Close this window and try again. / サインインを完了できませんでした。このウィンドウを閉じて、もう一度お試しください。";
  }
});
