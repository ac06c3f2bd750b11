/** Namespaces of the CEB business messages and of the signature (customs-ceb.md §1 "Namespace"). */
export const CEB_NS = 'http://www.chinaport.gov.cn/ceb';
export const DS_NS = 'http://www.w3.org/2000/09/xmldsig#';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
