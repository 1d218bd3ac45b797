import { abortable } from './abortable';

const timeout = () => new DOMException('The operation was aborted due to timeout', 'TimeoutError');

describe('abortable: the in-worker mock call ends when the client gives up', () => {
  it('rejects with the signal’s reason when it aborts before the answer', async () => {
    const controller = new AbortController();
    const never = new Promise<string>(() => {});
    const call = abortable(never, controller.signal);
    controller.abort(timeout());
    await expect(call).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('rejects at once when the signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort(timeout());
    await expect(abortable(Promise.resolve('late'), controller.signal)).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });

  it('passes the answer, or the answer’s own error, through when it comes first', async () => {
    const controller = new AbortController();
    await expect(abortable(Promise.resolve('answer'), controller.signal)).resolves.toBe('answer');
    await expect(abortable(Promise.reject(new TypeError('dropped')), controller.signal)).rejects.toThrow(
      'dropped',
    );
    controller.abort(timeout()); // after the answer: changes nothing
  });

  it('without a signal is the answer itself', async () => {
    await expect(abortable(Promise.resolve(1), undefined)).resolves.toBe(1);
  });
});
