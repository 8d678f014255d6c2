# Sourced by backup.sh and restore.sh: turns an Npgsql connection string into libpq's PG* environment variables, so
# pg_dump, pg_restore and psql connect where the silos do. The password goes into a private passfile (PGPASSFILE),
# never onto a command line, so `ps` shows it to no one; pg_cleanup_passfile removes it.

# Npgsql reads connection strings as DbConnectionStringBuilder does: `key=value` pairs split by `;`, keys trimmed
# and case-insensitive (`==` in a key is a literal `=`), values trimmed unless quoted with ' or " (a doubled quote
# inside is one quote, and `;` inside quotes is text).
pg_parse_connection_string() {
  local s=$1 i=0 n=${#1} key value c q closed
  declare -gA PG_CONN=()
  while ((i < n)); do
    key=""
    while ((i < n)); do
      c=${s:i:1}
      if [[ $c == "=" ]]; then
        if [[ ${s:i+1:1} == "=" ]]; then key+="="; i=$((i + 2)); continue; fi
        i=$((i + 1)); break
      elif [[ $c == ";" ]]; then break
      fi
      key+=$c; i=$((i + 1))
    done
    key=$(sed -E 's/^[[:space:]]+|[[:space:]]+$//g' <<<"$key" | tr '[:upper:]' '[:lower:]')
    while ((i < n)) && [[ ${s:i:1} =~ [[:space:]] ]]; do i=$((i + 1)); done
    value=""
    c=${s:i:1}
    if [[ $c == "'" || $c == '"' ]]; then
      q=$c; i=$((i + 1)); closed=0
      while ((i < n)); do
        c=${s:i:1}
        if [[ $c == "$q" ]]; then
          if [[ ${s:i+1:1} == "$q" ]]; then value+=$q; i=$((i + 2)); continue; fi
          i=$((i + 1)); closed=1; break
        fi
        value+=$c; i=$((i + 1))
      done
      ((closed)) || { echo "Connection string: the quoted value of '$key' is not closed." >&2; return 1; }
      while ((i < n)) && [[ ${s:i:1} != ";" ]]; do
        [[ ${s:i:1} =~ [[:space:]] ]] || { echo "Connection string: text after the quoted value of '$key'." >&2; return 1; }
        i=$((i + 1))
      done
    else
      while ((i < n)) && [[ ${s:i:1} != ";" ]]; do value+=${s:i:1}; i=$((i + 1)); done
      value=$(sed -E 's/^[[:space:]]+|[[:space:]]+$//g' <<<"$value")
    fi
    i=$((i + 1))
    [[ -n $key ]] && PG_CONN[$key]=$value
  done
}

# The first of Npgsql's synonyms that is set.
pg_conn_value() {
  local name
  for name in "$@"; do
    if [[ -n ${PG_CONN[$name]+set} ]]; then printf '%s' "${PG_CONN[$name]}"; return 0; fi
  done
  return 1
}

# Exports PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE and friends, and PGPASSFILE when there is a password.
pg_export_connection() {
  pg_parse_connection_string "$1" || return 1
  unset PGHOST PGPORT PGUSER PGDATABASE PGPASSWORD PGSSLMODE PGSSLROOTCERT PGSSLCERT PGSSLKEY PGCONNECT_TIMEOUT PGSERVICE
  local host port user database password sslmode value
  host=$(pg_conn_value host server) || { echo "Connection string: no Host." >&2; return 1; }
  port=$(pg_conn_value port) || port=5432
  # Npgsql allows several hosts with their ports, `a:5433,b`; libpq takes the hosts and the ports as two lists.
  local hosts=() ports=() parts=() h
  IFS=',' read -ra parts <<<"$host"
  for h in "${parts[@]}"; do
    h=$(sed -E 's/^[[:space:]]+|[[:space:]]+$//g' <<<"$h")
    if [[ $h =~ ^\[(.+)\]:([0-9]+)$ || $h =~ ^([^:]+):([0-9]+)$ ]]; then
      hosts+=("${BASH_REMATCH[1]}"); ports+=("${BASH_REMATCH[2]}")
    elif [[ $h =~ ^\[(.+)\]$ ]]; then
      hosts+=("${BASH_REMATCH[1]}"); ports+=("$port")
    else
      hosts+=("$h"); ports+=("$port")
    fi
  done
  export PGHOST=$(IFS=','; echo "${hosts[*]}") PGPORT=$(IFS=','; echo "${ports[*]}")
  if user=$(pg_conn_value username 'user name' 'user id' userid user uid); then export PGUSER=$user; fi
  if database=$(pg_conn_value database db); then export PGDATABASE=$database; fi
  if value=$(pg_conn_value timeout); then export PGCONNECT_TIMEOUT=$value; fi
  if value=$(pg_conn_value 'root certificate' rootcertificate); then export PGSSLROOTCERT=$value; fi
  if value=$(pg_conn_value 'ssl certificate' sslcertificate); then export PGSSLCERT=$value; fi
  if value=$(pg_conn_value 'ssl key' sslkey); then export PGSSLKEY=$value; fi
  if sslmode=$(pg_conn_value 'ssl mode' sslmode); then
    case ${sslmode,,} in
      disable|allow|prefer|require) export PGSSLMODE=${sslmode,,} ;;
      verifyca|verify-ca) export PGSSLMODE=verify-ca ;;
      verifyfull|verify-full) export PGSSLMODE=verify-full ;;
      *) echo "Connection string: unknown SSL Mode '$sslmode'." >&2; return 1 ;;
    esac
  fi
  if value=$(pg_conn_value passfile); then export PGPASSFILE=$value; fi
  if password=$(pg_conn_value password pwd psw); then
    # A passfile line is host:port:database:user:password with ':' and '\' escaped by a backslash.
    PG_PASSFILE_TEMP=$(mktemp)
    chmod 600 "$PG_PASSFILE_TEMP"
    local escaped=${password//\\/\\\\}
    printf '*:*:*:*:%s\n' "${escaped//:/\\:}" >"$PG_PASSFILE_TEMP"
    export PGPASSFILE=$PG_PASSFILE_TEMP
  fi
}

pg_cleanup_passfile() {
  [[ -n ${PG_PASSFILE_TEMP:-} ]] && rm -f "$PG_PASSFILE_TEMP"
  return 0
}
