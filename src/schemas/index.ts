export { newsSchema } from './news';
export { planSchema, target } from './plans';
export { titleSchema, legalDocument } from './titles';
export { eventSchema } from './events';
export { statSchema, statKinds, type StatKind } from './stats';
export { localitySchema } from './localities';
export { criteriaSchema, criteriaLevels, type CriteriaLevel, type CriteriaData } from './criteria';
export { pageSchema } from './pages';
export { levels, imageFields, type Level, type SchemaContext, type CollectionName, type RefSchema } from './fields';
