import { chooseLogFormat } from './log-format';

describe('chooseLogFormat', () => {
  it('gives readable lines to a terminal in development only', () => {
    expect(chooseLogFormat('auto', { environment: 'development', isTerminal: true })).toBe('pretty');
    expect(chooseLogFormat('auto', { environment: 'development', isTerminal: false })).toBe('json');
    expect(chooseLogFormat('auto', { environment: 'test', isTerminal: true })).toBe('json');
    expect(chooseLogFormat('auto', { environment: 'production', isTerminal: true })).toBe('json');
  });

  it('follows an explicit setting wherever the lines go', () => {
    expect(chooseLogFormat('json', { environment: 'development', isTerminal: true })).toBe('json');
    expect(chooseLogFormat('pretty', { environment: 'production', isTerminal: false })).toBe('pretty');
  });
});
