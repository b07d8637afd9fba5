/**
 * Which phone system's report an interval table looks like, from its header, and what
 * that system writes by default where a file alone cannot tell (the day/month order of
 * dates like 03/04/2026). Header names themselves live in columnMapping.ts.
 */
import { normaliseHeader } from './columnMapping';
import type { DayMonthOrder } from './parseDate';

export type VendorId = 'avaya-cms' | 'cisco-ucce' | 'genesys-cloud' | 'amazon-connect' | 'nice-cxone' | 'aliyun-ccc';

interface VendorLayout {
  readonly id: VendorId;
  /** normalised headers only this vendor's reports use (any one identifies it) */
  readonly markers: readonly string[];
  /** how the vendor writes all-numeric dates by default: US vendors month first */
  readonly dayMonthOrder: DayMonthOrder;
}

/**
 * Sources: Avaya CMS/BCMS split report headings; Cisco UCCE call type historical report
 * (Tasks Offered/Handled, Call Type Name); Genesys Cloud performance views (Average Handle,
 * Average ACW); Amazon Connect historical metrics (Contacts queued/handled/abandoned); NICE
 * CXone IEX exports (date as mmddyyyy, period, TZ) and data download (Abandon_Cnt);
 * Alibaba Cloud 云联络中心 reports (StatsTime, CallsHandled). Dates: US products write
 * month first (CXone's documented default mmddyyyy); Alibaba writes ISO dates.
 */
const LAYOUTS: readonly VendorLayout[] = [
  { id: 'avaya-cms', markers: ['acdcalls', 'abandcalls', 'numacdcalls', 'numcallsaband', 'avgacdtime', 'avgacwtime', 'avgaftercall', 'avgspeedans'], dayMonthOrder: 'MDY' },
  { id: 'cisco-ucce', markers: ['tasksoffered', 'taskshandled', 'calltypename'], dayMonthOrder: 'MDY' },
  { id: 'genesys-cloud', markers: ['averagehandle', 'averageacw', 'intervalend'], dayMonthOrder: 'MDY' },
  { id: 'amazon-connect', markers: ['contactsqueued', 'contactshandled', 'contactsabandoned', 'averageaftercontactworktime'], dayMonthOrder: 'MDY' },
  { id: 'nice-cxone', markers: ['abandoncnt', 'tz'], dayMonthOrder: 'MDY' }, // not acw_seconds: a generic header
  { id: 'aliyun-ccc', markers: ['statstime', 'callshandled', 'averageworktime', 'skillgroupname', '统计时间', '技能组名称', '应答量'], dayMonthOrder: 'DMY' },
];

/**
 * The vendor whose report headers the header row has most of, if any.
 * @example detectVendor(['Time', 'ACD Calls', 'Aband Calls'])?.id //=> 'avaya-cms'
 */
export function detectVendor(header: readonly unknown[]): { id: VendorId; dayMonthOrder: DayMonthOrder } | undefined {
  const norm = new Set(header.map(normaliseHeader));
  let best: VendorLayout | undefined;
  let bestHits = 0;
  for (const layout of LAYOUTS) {
    const hits = layout.markers.filter((m) => norm.has(m)).length;
    if (hits > bestHits) [best, bestHits] = [layout, hits];
  }
  return best ? { id: best.id, dayMonthOrder: best.dayMonthOrder } : undefined;
}
