/**
 * Every string of the evaluation tool at `/tu-danh-gia/`, in Vietnamese. It
 * is its own module, beside the site's `ui.ts`, because the browser bundles
 * it: the tool carries its own words and none of the portal's.
 */
export const toolUi = {
  importErrors: {
    tooLarge: (size: string, max: string) => `Tệp quá lớn (${size}); công cụ nhận tệp hồ sơ tối đa ${max}. Không có gì thay đổi.`,
    notDossier: 'Tệp này không phải là tệp hồ sơ tự đánh giá (không có ho-so.json bên trong). Không có gì thay đổi.',
    notJson: 'Tệp ho-so.json bên trong bị hỏng, không đọc được. Không có gì thay đổi.',
    wrongFormat: 'Tệp này không phải là hồ sơ tự đánh giá của cổng Học tập suốt đời. Không có gì thay đổi.',
    badVersion: (v: string) => `Phiên bản định dạng "${v}" không hợp lệ. Không có gì thay đổi.`,
    newerVersion: (v: number, ours: number) =>
      `Hồ sơ được lập bằng định dạng phiên bản ${v}, mới hơn bản công cụ này đọc được (${ours}). Hãy tải lại trang khi có mạng để cập nhật công cụ. Không có gì thay đổi.`,
    checksum: 'Mã kiểm tra không khớp: tệp hồ sơ đã bị sửa hoặc bị hỏng trên đường chuyển. Không có gì thay đổi.',
    fileChecksum: (name: string) => `Tệp minh chứng "${name}" không khớp mã băm: tệp hồ sơ đã bị sửa hoặc hỏng. Không có gì thay đổi.`,
    fileMissing: (name: string) => `Thiếu tệp minh chứng "${name}" trong tệp hồ sơ. Không có gì thay đổi.`,
    unknownSet: (id: string) => `Hồ sơ dùng bộ tiêu chí "${id}" mà công cụ không có. Không có gì thay đổi.`,
    unknownIndicator: (id: string) => `Hồ sơ có chỉ tiêu "${id}" không thuộc bộ tiêu chí của nó. Không có gì thay đổi.`,
    invalid: (where: string, what: string) => `Hồ sơ có dữ liệu sai ở ${where}: ${what}. Không có gì thay đổi.`,
    notReview: 'Tệp này không phải là tệp kết luận thẩm định. Không có gì thay đổi.',
  },
  fieldErrors: {
    tooLargeFile: (size: string, max: string) => `Tệp minh chứng quá lớn (${size}); mỗi tệp tối đa ${max}.`,
    partOverWhole: (part: string, whole: string) => `Tử số (${part}) lớn hơn mẫu số (${whole}).`,
    notCount: 'Số đếm phải là số nguyên không âm, ví dụ 1250.',
    markup: 'Không nhận chữ có mã HTML (dấu < đi liền chữ, ví dụ <b>).',
  },
} as const;
