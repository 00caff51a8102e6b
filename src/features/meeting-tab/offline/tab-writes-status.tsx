// The write state at the top of the meeting tab: "sign in again" when the queue is paused on a 401,
// and the pending writes (offline, failed, conflicts).
import { PendingWrites } from "./pending-writes";
import { SignInAgain } from "./sign-in-again";
import { useTabWrites } from "./tab-writes";

export function TabWritesStatus() {
  const { snapshot, queue } = useTabWrites();
  return (
    <>
      {snapshot.needsSignIn && <SignInAgain onSignedIn={queue.signedIn} />}
      <PendingWrites />
    </>
  );
}
