// What the invited person reads when their link cannot be used or accepting fails: pure, so
// `<alis-accept-invitation>` only draws it and the node tests read every sentence.
import { AlisNetworkError, isAlisApiError } from '../sdk/errors.js';

/** Why an invitation link cannot be used. */
export type InvitationLinkProblem = 'invitation_expired' | 'invitation_used' | 'not_found' | 'missing';

const linkProblems: readonly InvitationLinkProblem[] = ['invitation_expired', 'invitation_used', 'not_found'];

/** The link problem the service refused with, or null when `error` is something else. */
export function linkProblemOf(error: unknown): InvitationLinkProblem | null {
  if (!isAlisApiError(error)) return null;
  return linkProblems.find((code) => code === error.code) ?? null;
}

/** The heading and the sentence for a link that cannot be used, naming whom to ask (`office`). */
export function linkProblemWords(problem: InvitationLinkProblem, office: string): { title: string; text: string } {
  switch (problem) {
    case 'invitation_expired':
      return {
        title: 'This invitation has expired',
        text: `Invitation links work for 30 days, and this one is older. Ask ${office} to resend your invitation: you will get a new email with a new link.`,
      };
    case 'invitation_used':
      return {
        title: 'This invitation was already used',
        text: `It has been accepted, and a link works only once. If that was you, sign in to the portal with your email address. If it was not, call ${office}.`,
      };
    case 'not_found':
      return {
        title: 'This invitation link does not work',
        text: `It may have been replaced by a newer invitation: open the link in the most recent email you received. Otherwise ask ${office} to send you a new invitation.`,
      };
    case 'missing':
      return {
        title: 'Open the link from your invitation email',
        text: `This page works with the link in the invitation email you received. Open that link again, or ask ${office} to send you a new invitation.`,
      };
  }
}

/** Whom the person is told to ask: the inviting community's business office when it is known. */
export function businessOffice(communityName: string | undefined): string {
  return communityName ? `${communityName}'s business office` : "the community's business office";
}

/** How a refused accept is shown. */
export type AcceptRefusal =
  /** The link can no longer be used: the page shows why instead of the form. */
  | { kind: 'link'; problem: InvitationLinkProblem; announcement: string }
  /** The portal was switched off meanwhile: one calm notice in the service's words. */
  | { kind: 'portal_off'; message: string }
  /** The name was refused: at the name field. */
  | { kind: 'name'; message: string; announcement: string }
  /** Anything else: above the button, the form kept as typed. */
  | { kind: 'problem'; message: string; announcement: string };

/** Where a refused accept goes and what is announced. */
export function describeAcceptRefusal(error: unknown): AcceptRefusal {
  const problem = linkProblemOf(error);
  if (problem) return { kind: 'link', problem, announcement: linkProblemWords(problem, businessOffice(undefined)).title };
  if (isAlisApiError(error, 'portal_disabled')) return { kind: 'portal_off', message: error.message };
  if (isAlisApiError(error)) {
    const nameError = error.fields['displayName'] ?? error.fields['body.displayName'];
    const announcement = `The invitation was not accepted. ${nameError ?? error.message}`;
    return nameError ? { kind: 'name', message: nameError, announcement } : { kind: 'problem', message: error.message, announcement };
  }
  const message =
    error instanceof AlisNetworkError
      ? "We could not reach the portal, so we don't know whether the invitation was accepted. Try again; if it was, you will be told the link was already used and can sign in with your email."
      : 'Something went wrong and the invitation was not accepted. Please try again.';
  return { kind: 'problem', message, announcement: message };
}
