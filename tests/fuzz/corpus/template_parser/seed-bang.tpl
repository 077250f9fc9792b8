---
ngay: 2025-12-20
---
# A
## b
| a | < |
| ^ | ^ |
|:-:|---|
| {{ 1 | so }} | x |
|===|
| t | < |
@phu_luc ngang
@tieu_de X
