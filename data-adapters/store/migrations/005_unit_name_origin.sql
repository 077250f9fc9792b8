-- 005: what a unit's proper name is, so documents write it as Nghị định
-- 30/2020/NĐ-CP asks (Phụ lục II): '' when the units list does not say (a
-- name starting with a number is then a number), 'địa danh' (a place name),
-- 'số' (a number: "Quận 1"), 'người' (a person's name: "Phường Lý Thường
-- Kiệt"), 'sự kiện' (a historical event: "Phường Điện Biên Phủ"). The last
-- three keep their generic noun capitalised and in the địa danh.
ALTER TABLE units ADD COLUMN name_origin TEXT NOT NULL DEFAULT ''
  CHECK (name_origin IN ('', 'địa danh', 'số', 'người', 'sự kiện'));
