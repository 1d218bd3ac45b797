// One value under one key in IndexedDB: where the demo's service worker keeps the mock cloud between its own restarts
// and the browser's (the browser may stop an idle worker at any time; https://w3c.github.io/ServiceWorker/#service-worker-lifetime).
const DB = 'cen-connect-demo';
const STORE = 'state';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB ${DB} cannot be opened`));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      // A write counts once its transaction is committed, not when its request succeeds.
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error(`IndexedDB ${DB}: the transaction failed`));
      tx.onabort = () => reject(tx.error ?? new Error(`IndexedDB ${DB}: the transaction was aborted`));
    });
  } finally {
    db.close();
  }
}

export const readValue = (key: string): Promise<unknown> => run('readonly', (s) => s.get(key));
export const writeValue = (key: string, value: unknown): Promise<unknown> =>
  run('readwrite', (s) => s.put(value, key));
