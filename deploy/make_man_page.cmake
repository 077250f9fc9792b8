# Writes the man page baocao(1) from the program's own help: `baocao --help`
# and `baocao COMMAND --help` for every command it lists, in LANG (en|vi).
# cmake -DBAOCAO=path/to/baocao -DLANG=en -DVERSION=0.1.0 -DCONFIG=/etc/baocao/baocao.conf
#       -DDATA=/usr/share/baocao -DOUT=baocao.1 -P make_man_page.cmake
foreach(var BAOCAO LANG VERSION CONFIG DATA OUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "make_man_page.cmake: -D${var}= is required")
  endif()
endforeach()

# Runs baocao with the given arguments and no configuration file; its stdout.
function(help out_var)
  execute_process(COMMAND ${BAOCAO} --config /dev/null --lang ${LANG} ${ARGN}
                  OUTPUT_VARIABLE text RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "baocao ${ARGN} exited with ${status}")
  endif()
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# Help text as roff, kept as printed (.nf): backslashes and hyphens escaped,
# a line starting with '.' or "'" guarded.
function(roff out_var text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

if(LANG STREQUAL "vi")
  set(h_name "TÊN")
  set(h_synopsis "CÁCH DÙNG")
  set(h_description "MÔ TẢ")
  set(h_commands "CÁC LỆNH")
  set(h_files "TỆP")
  set(h_env "MÔI TRƯỜNG")
  set(t_name "tạo báo cáo, kế hoạch theo Nghị định 30/2020/NĐ\\-CP từ số liệu của các đơn vị")
  set(t_command "LỆNH")
  set(t_option "TÙY CHỌN")
  set(t_config "Tệp cấu hình, đọc bởi mọi lệnh (khóa = tên tùy chọn dài; \\-\\-config TỆP đọc tệp khác).")
  set(t_data "Thư mục dữ liệu: mẫu văn bản, phông chữ, danh sách đơn vị, tệp ánh xạ, dữ liệu mẫu.")
  set(t_state "Kho số liệu và thư mục kết quả mặc định của người dùng baocao.")
  set(t_env "Thư mục dữ liệu, khi không có thư mục cạnh chương trình.")
else()
  set(h_name "NAME")
  set(h_synopsis "SYNOPSIS")
  set(h_description "DESCRIPTION")
  set(h_commands "COMMANDS")
  set(h_files "FILES")
  set(h_env "ENVIRONMENT")
  set(t_name "reports and plans in the Decree 30/2020 format from the units' figures")
  set(t_command "COMMAND")
  set(t_option "OPTION")
  set(t_config "Configuration file, read by every command (key = long option name; \\-\\-config FILE reads another).")
  set(t_data "Data directory: templates, fonts, list of units, mappings, sample data.")
  set(t_state "Default store and output root of the user baocao.")
  set(t_env "The data directory, when there is none beside the program.")
endif()

help(top --help)
roff(top_roff "${top}")
set(page ".\\\" Generated from baocao --help by deploy/make_man_page.cmake; do not edit.
.nh
.TH BAOCAO 1 \"\" \"baocao ${VERSION}\"
.SH ${h_name}
baocao \\- ${t_name}
.SH ${h_synopsis}
.B baocao
.I ${t_command}
[\\fI${t_option}\\fR]...
.SH ${h_description}
.nf
${top_roff}.fi
.SH ${h_commands}
")

# The commands: the indented lines after the heading that ends with ':' and
# precedes them, up to the first empty line.
string(REPLACE "\n" ";" lines "${top}")
set(in_commands FALSE)
foreach(line IN LISTS lines)
  if(in_commands)
    if(line STREQUAL "")
      break()
    endif()
    string(REGEX MATCH "^  ([a-z]+) " match "${line}")
    if(match)
      set(command ${CMAKE_MATCH_1})
      help(text ${command} --help)
      roff(text_roff "${text}")
      string(APPEND page ".SS ${command}\n.nf\n${text_roff}.fi\n")
    endif()
  elseif(line MATCHES "^[^ ].*:$" AND NOT line MATCHES "^(Usage|Cách dùng)")
    set(in_commands TRUE)
  endif()
endforeach()

roff(config_roff "${CONFIG}")
roff(data_roff "${DATA}")
string(APPEND page ".SH ${h_files}
.TP
.I ${config_roff}
${t_config}
.TP
.I ${data_roff}
${t_data}
.TP
.I /var/lib/baocao
${t_state}
.SH ${h_env}
.TP
.B BAOCAO_DATA_DIR
${t_env}
")
file(WRITE ${OUT} "${page}")
