// What the invited person reads when their link cannot be used or accepting fails: pure, so
// `<alis-accept-invitation>` only draws it and the node tests read every sentence.
import { AlisNetworkError, isAlisApiError } from '../sdk/errors.js';
import { english, type Translate } from './i18n/translate.js';
import { refusalSentence, refusedFieldSentence } from './refusal-words.js';

/** Why an invitation link cannot be used. */
export type InvitationLinkProblem = 'invitation_expired' | 'invitation_used' | 'not_found' | 'missing';

const linkProblems: readonly InvitationLinkProblem[] = ['invitation_expired', 'invitation_used', 'not_found'];

/** The link problem the service refused with, or null when `error` is something else. */
export function linkProblemOf(error: unknown): InvitationLinkProblem | null {
  if (!isAlisApiError(error)) return null;
  return linkProblems.find((code) => code === error.code) ?? null;
}

/** The heading and the sentence for a link that cannot be used, naming whom to ask (`office`). */
export function linkProblemWords(problem: InvitationLinkProblem, office: string, t: Translate = english): { title: string; text: string } {
  switch (problem) {
    case 'invitation_expired':
      return {
        title: t('This invitation has expired'),
        text: t('Invitation links work for 30 days, and this one is older. Ask {office} to resend your invitation: you will get a new email with a new link.', { office }),
      };
    case 'invitation_used':
      return {
        title: t('This invitation was already used'),
        text: t('It has been accepted, and a link works only once. If that was you, sign in to the portal with your email address. If it was not, call {office}.', { office }),
      };
    case 'not_found':
      return {
        title: t('This invitation link does not work'),
        text: t('It may have been replaced by a newer invitation: open the link in the most recent email you received. Otherwise ask {office} to send you a new invitation.', {
          office,
        }),
      };
    case 'missing':
      return {
        title: t('Open the link from your invitation email'),
        text: t('This page works with the link in the invitation email you received. Open that link again, or ask {office} to send you a new invitation.', { office }),
      };
  }
}

/** Whom the person is told to ask: the inviting community's business office when it is known. */
export function businessOffice(communityName: string | undefined, t: Translate = english): string {
  return communityName ? t("{community}'s business office", { community: communityName }) : t("the community's business office");
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
export function describeAcceptRefusal(error: unknown, t: Translate = english): AcceptRefusal {
  const problem = linkProblemOf(error);
  if (problem) return { kind: 'link', problem, announcement: linkProblemWords(problem, businessOffice(undefined, t), t).title };
  if (isAlisApiError(error, 'portal_disabled')) return { kind: 'portal_off', message: refusalSentence(error, t) };
  if (isAlisApiError(error)) {
    const refusedName = error.fields['displayName'] ?? error.fields['body.displayName'];
    const nameError = refusedName === undefined ? undefined : refusedFieldSentence(refusedName, t);
    const message = refusalSentence(error, t);
    const announcement = t('The invitation was not accepted. {reason}', { reason: nameError ?? message });
    return nameError ? { kind: 'name', message: nameError, announcement } : { kind: 'problem', message, announcement };
  }
  const message =
    error instanceof AlisNetworkError
      ? t(
          "We could not reach the portal, so we don't know whether the invitation was accepted. Try again; if it was, you will be told the link was already used and can sign in with your email.",
        )
      : t('Something went wrong and the invitation was not accepted. Please try again.');
  return { kind: 'problem', message, announcement: message };
}
