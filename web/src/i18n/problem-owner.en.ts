import type { ProblemOwnerMessageKey } from './problem-owner.zh.ts';

/** English text for a problem's owner and the steps around it; same keys and placeholders as problem-owner.zh.ts. */
export const problemOwnerEn: Readonly<Record<ProblemOwnerMessageKey, string>> = {
  'problemAction.reassign': 'Reassign',
  'problemAction.note': 'Add a note',

  'problemCard.owner': 'Lead unit',
  'problemCard.noOwner': 'Not assigned yet',
  'problemCard.ownerPerson': 'Person responsible',
  'problemCard.coUnits': 'Co-operating units',
  'problemCard.routedUnits': 'Units of the place',
  'problemCard.actor': '{name} · {unit}',
  'problemCard.assigned': 'Lead: {unit}',
  'problemCard.assignedPerson': 'Responsible: {name}',
  'problemCard.assignedDue': 'Due: {time}',
  'problemCard.factSeparator': '; ',
  'problemCard.assignedCo': 'Co-operating: {units}',

  'assign.owner': 'Lead unit',
  'assign.chooseOwner': 'Choose the lead unit',
  'assign.routed': 'Units the place is routed to',
  'assign.otherUnits': 'Other units',
  'assign.person': 'Person responsible (optional)',
  'assign.phone': 'Their phone (optional)',
  'assign.phoneHint': 'an 11-digit mobile, or a landline with its area code (e.g. 0857-4221234)',
  'assign.due': 'Deadline (optional; else the category’s)',
  'assign.coUnits': 'Co-operating units (optional)',
  'assign.addCo': 'Add another co-operating unit…',
  'assign.needOwner': 'Choose the lead unit.',
  'assign.badPhone': '“{phone}” is not a mobile number or a landline with its area code.',
  'assign.needName': 'A phone needs the person’s name too.',
  'assign.unitsFailed': 'Could not load the units: {message}',

  'problemStep.returnNote': 'Reason for sending it back (required)',
  'problemStep.noteText': 'Note',
  'problemStep.needReason': 'Say why it is sent back.',
  'problemStep.needNote': 'Write a note or add a photo.',

  'stepError.owner_required': 'Assigning needs a lead unit.',
  'stepError.note_required': 'Sending it back needs a reason.',
  'stepError.after_photo_required': 'It can be verified only once the “mark fixed” step has a photo of the fix. Have the lead unit add one, or send it back.',
  'stepError.unknown_unit': 'That unit no longer exists; reload and choose again.',
  'stepError.forbidden': 'You may not take this step (only the lead unit starts and marks the fix).',
  'stepError.conflict': 'Someone else moved this problem meanwhile; it now shows where it stands.',

  'problemFilter.owner': 'Lead unit',
  'problemFilter.allOwners': 'All lead units',
  'problemList.owner': 'Lead: {unit}',
  'problemStats.by.owner': 'By lead unit',
  'problemStats.noOwner': 'Not assigned',
};
