/** A tiny promise wrapper over IndexedDB: one database, one store of outbox items keyed by clientId. */
const DB = 'huiqi-station';
const STORE = 'outbox';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'clientId' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const req = fn(tx.objectStore(STORE));
    tx.oncomplete = () => {
      db.close();
      resolve(req.result);
    };
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export const idb = {
  all: <T>() => run<T[]>('readonly', (s) => s.getAll() as IDBRequest<T[]>),
  put: <T>(item: T) => run('readwrite', (s) => s.put(item)),
  delete: (key: string) => run('readwrite', (s) => s.delete(key)),
};
