import { handler } from '../handler-def';

export const fileHandlers = {
  'files:chooseFolder': handler('files:chooseFolder', {
    // No transaction: a dialog may stay open for minutes.
    transaction: false,
    run: async (ctx, input) => ({ path: await ctx.pickers.chooseFolder(input.purpose) }),
    audit: null,
  }),
  'files:chooseFile': handler('files:chooseFile', {
    run: async (ctx, input) => ({ path: await ctx.pickers.chooseFile(input.purpose) }),
    audit: null,
  }),
};
