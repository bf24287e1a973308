import { describe, expect, it } from 'vitest';
import { theme } from './theme';

describe('the Mantine theme', () => {
  it('no Select deselects when its chosen option is clicked again', () => {
    expect(theme.components?.Select?.defaultProps).toMatchObject({ allowDeselect: false });
  });
});
