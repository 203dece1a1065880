import { ningxia } from '../policy-book.js';
import { policyDemo } from '../provision-demo.js';
import { m1_1Demo } from './m1/m1.1.demo.js';
import { m1_2Demo } from './m1/m1.2.demo.js';
import { m1_3Demo } from './m1/m1.3.demo.js';
import { m1_4Demo } from './m1/m1.4.demo.js';
import { m1_5Demo } from './m1/m1.5.demo.js';
import { m1_6Demo } from './m1/m1.6.demo.js';
import { m1_7Demo } from './m1/m1.7.demo.js';
import { m1_8Demo } from './m1/m1.8.demo.js';
import { m4_2Demo } from './m4/m4.2.demo.js';
import { m5_1Demo } from './m5/m5.1.demo.js';
import { m7_4Demo } from './m7/m7.4.demo.js';
import { m7_5Demo } from './m7/m7.5.demo.js';
import { m11_1Demo } from './m11/m11.1.demo.js';

/**
 * DEMO DATA of the Ningxia version: the demo facts each claim provision's module declares beside it
 * (mN/mN.K.demo.ts). policyDemo refuses the set unless it holds one for every provision that takes
 * claims and none for any other, so a provision added to version.ts without its demo fails to load.
 */
export const ningxiaDemo = policyDemo(ningxia, [
  m1_1Demo,
  m1_2Demo,
  m1_3Demo,
  m1_4Demo,
  m1_5Demo,
  m1_6Demo,
  m1_7Demo,
  m1_8Demo,
  m4_2Demo,
  m5_1Demo,
  m7_4Demo,
  m7_5Demo,
  m11_1Demo,
]);
