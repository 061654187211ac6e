import { SignatureSubmission } from '@plateformcoop/model';
import { expect, it } from 'vitest';
import { SUBMISSION_FIELDS } from './submission-fields.js';

it('names the top-level fields of the model’s SignatureSubmission, no more, no less', () => {
  expect(Object.keys(SUBMISSION_FIELDS).sort()).toEqual(
    Object.keys(SignatureSubmission.shape).sort(),
  );
});
