/**
 * Photos are compressed on the phone before they are stored or sent: at most 1600 px on the long
 * side, JPEG at quality 0.75 — a 4 MB camera photo becomes about 200–400 kB.
 */
export async function compressPhoto(file: Blob, maxSide = 1600, quality = 0.75): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('compression failed'))), 'image/jpeg', quality),
  );
}
