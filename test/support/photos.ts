import sharp from "sharp";

/** A photo as a phone takes it: EXIF with the camera and the GPS position. */
export async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a7" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneCam", Copyright: "Family Rossi" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "45/1 48/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "9/1 5/1 0/1",
      },
    })
    .toBuffer();
}

/** Whether a JPEG's EXIF holds a GPS position (the GPSInfo tag, 0x8825, in either byte order). */
export async function hasGps(image: Buffer): Promise<boolean> {
  const exif = (await sharp(image).metadata()).exif ?? Buffer.alloc(0);
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}
