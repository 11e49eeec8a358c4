// The readable names of the graph's relationship types, in Chinese and English: the one table the page and
// the API docs (docs/graph-model.md, "Relationships") both use; a relationship type the API can return
// (enum TieType) must have its line here, which RelationLabelsTests checks.
export const RELATIONS = {
  OWNED_BY: { zh: '持有', en: 'owned by' },
  APPLIES_TO: { zh: '应用于环节', en: 'applies to' },
  TRANSFERRED_TO: { zh: '技术合同', en: 'transferred to' },
  COVERS: { zh: '覆盖环节', en: 'covers' },
  OPERATED_BY: { zh: '运营', en: 'operated by' },
  PILOTED: { zh: '中试', en: 'piloted' },
  SERVED: { zh: '服务企业', en: 'served' },
  IN_PARK: { zh: '入驻园区', en: 'in park' },
  LOCATED_IN: { zh: '位于', en: 'located in' },
  PART_OF: { zh: '属于产业链', en: 'part of' },
  FEEDS: { zh: '供给', en: 'feeds' },
  ACTIVE_IN: { zh: '从事环节', en: 'active in' },
  COOPERATES_WITH: { zh: '产学研合作', en: 'cooperates with' },
  WORKS_FOR: { zh: '任职于', en: 'works for' },
  SERVES: { zh: '服务', en: 'serves' },
  BROKERED: { zh: '促成交易', en: 'brokered' },
  POSTED: { zh: '发布需求', en: 'posted' },
  ON_LINK: { zh: '涉及环节', en: 'on link' },
  SOLVES: { zh: '揭榜', en: 'solves' },
  INVESTS_IN: { zh: '投资', en: 'invests in' },
  GRANTED_TO: { zh: '获得支持', en: 'granted to' },
  REDEEMED_AT: { zh: '兑付服务', en: 'redeemed at' },
  ASSESSES: { zh: '考核', en: 'assesses' },
  STEP_OF: { zh: '认定步骤', en: 'step of' },
  TERMS_OF: { zh: '利益共享条款', en: 'terms of' },
  ORGANISED_BY: { zh: '主办', en: 'organised by' },
  TRAINED: { zh: '培训', en: 'trained' },
};

/** The label of a relationship type in the language given; the type itself when the table lacks it. */
export function relationLabel(type, language) {
  return RELATIONS[type]?.[language] ?? type;
}
