import { z } from 'astro/zod';
import { partialDate, proseFields, updatedNotBeforeDate, type SchemaContext, strictObject } from './fields';

/** A legal document a title rests on. */
export const legalDocument = () =>
  strictObject({
      number: z.string().min(3).describe('Số hiệu văn bản, ví dụ "677/QĐ-TTg".'),
      kind: z.string().min(3).describe('Loại văn bản: Quyết định, Thông tư, Công văn…'),
      issuer: z.string().min(3).describe('Cơ quan ban hành.'),
      date: partialDate().optional().describe('Ngày ban hành.'),
      subject: z.string().min(5).describe('Văn bản làm gì cho danh hiệu, trong vài chữ.'),
    });

export const titleSchema = (ctx: SchemaContext) =>
  strictObject({
      ...proseFields(ctx),
      name: z.string().min(3).describe('Tên danh hiệu như khi công nhận, ví dụ "Gia đình học tập".'),
      order: z.number().int().describe('Thứ tự trong danh sách, từ hộ gia đình trở ra.'),
      audience: z.string().min(5).describe('Ai có thể được công nhận.'),
      criteriaIssuer: z.string().optional().describe('Cơ quan ban hành tiêu chí.'),
      recognisedBy: z.string().optional().describe('Ai quyết định công nhận, nếu nguồn nêu; không đoán.'),
      legalBasis: z.array(legalDocument()).default([]).describe('Các văn bản pháp lý danh hiệu dựa vào.'),
    })
    .refine(updatedNotBeforeDate.check, { message: updatedNotBeforeDate.message, path: updatedNotBeforeDate.path });
