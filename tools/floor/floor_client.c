/*
 * The measurement floor of this machine: the least a streaming client can add to TTFT and ITL, so that
 * ServerProcessFidelity can tell the client's own error from the machine's (scheduling, virtualisation, the server
 * sharing the cores). One thread, epoll, no allocation per chunk, no parsing beyond finding lines: it keeps C
 * kept-alive connections each running requests back to back against the mock server, until N were sent, and stamps
 * CLOCK_MONOTONIC (the clock behind Java's System.nanoTime) when each content line has been read.
 *
 *   cc -O2 -o floor_client floor_client.c
 *   floor_client PORT STREAMS REQUESTS MIN_TOKENS MAX_TOKENS OUT_FILE
 *
 * Each request carries "X-Llmbench-Request: floor-<i>" for the mock's log. OUT_FILE gets one line per request:
 * "<i> <send ns> <content line ns>...", and standard output its CPU use. Exits 1 on any error.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_CHUNKS 4096
#define LINE_MAX_BYTES 8192

typedef struct {
  int fd;
  int request;          /* index of the request in flight, -1 when idle */
  long long sent;
  int chunks;
  long long stamps[MAX_CHUNKS];
  char line[LINE_MAX_BYTES];
  int line_len;
} conn_t;

static long long now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void die(const char *what) {
  perror(what);
  exit(1);
}

static int next_request, total_requests, min_tokens, max_tokens, port;
static FILE *out;

static void send_request(conn_t *c) {
  char body[512], head[512];
  int tokens = min_tokens + rand() % (max_tokens - min_tokens + 1);
  int body_len = snprintf(body, sizeof body,
      "{\"model\":\"llmbench-mock\",\"stream\":true,\"max_completion_tokens\":%d,"
      "\"messages\":[{\"role\":\"user\",\"content\":\"the floor of this machine\"}]}", tokens);
  c->request = next_request++;
  int head_len = snprintf(head, sizeof head,
      "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Type: application/json\r\n"
      "X-Llmbench-Request: floor-%d\r\nContent-Length: %d\r\n\r\n", port, c->request, body_len);
  char all[1024];
  memcpy(all, head, head_len);
  memcpy(all + head_len, body, body_len);
  c->chunks = 0;
  c->line_len = 0;
  c->sent = now_ns();
  if (write(c->fd, all, head_len + body_len) != head_len + body_len) die("write");
}

static void finish_request(conn_t *c) {
  fprintf(out, "%d %lld", c->request, c->sent);
  for (int i = 0; i < c->chunks; i++) fprintf(out, " %lld", c->stamps[i]);
  fputc('\n', out);
  c->request = -1;
}

/* A content line: an SSE data line whose delta has non-empty content (the role-only first delta has ""). */
static int is_content(const char *line, int len) {
  if (len < 6 || memcmp(line, "data: ", 6) != 0) return 0;
  const char *key = memmem(line, len, "\"content\":\"", 11);
  return key != NULL && key + 11 < line + len && key[11] != '"';
}

/* Returns 1 when the response ended (the chunked body's "0" size line). */
static int on_line(conn_t *c, long long stamp) {
  if (c->line_len == 2 && c->line[0] == '0' && c->line[1] == '\r') return 1;
  if (is_content(c->line, c->line_len) && c->chunks < MAX_CHUNKS) c->stamps[c->chunks++] = stamp;
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 7) {
    fprintf(stderr, "usage: floor_client PORT STREAMS REQUESTS MIN_TOKENS MAX_TOKENS OUT_FILE\n");
    return 2;
  }
  port = atoi(argv[1]);
  int streams = atoi(argv[2]);
  total_requests = atoi(argv[3]);
  min_tokens = atoi(argv[4]);
  max_tokens = atoi(argv[5]);
  out = fopen(argv[6], "w");
  if (!out) die("open output");
  srand(42);
  long long started = now_ns();
  int ep = epoll_create1(0);
  conn_t *conns = calloc(streams, sizeof(conn_t));
  struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons(port)};
  inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  int open_requests = 0;
  for (int i = 0; i < streams; i++) {
    conn_t *c = &conns[i];
    c->fd = socket(AF_INET, SOCK_STREAM, 0);
    if (c->fd < 0 || connect(c->fd, (struct sockaddr *)&addr, sizeof addr) != 0) die("connect");
    int one = 1;
    setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = c};
    if (epoll_ctl(ep, EPOLL_CTL_ADD, c->fd, &ev) != 0) die("epoll_ctl");
    c->request = -1;
    if (next_request < total_requests) {
      send_request(c);
      open_requests++;
    }
  }
  static char buf[65536];
  struct epoll_event events[256];
  while (open_requests > 0) {
    int n = epoll_wait(ep, events, 256, 60000);
    if (n == 0) {
      fprintf(stderr, "floor_client: no data for 60 s\n");
      return 1;
    }
    if (n < 0) {
      if (errno == EINTR) continue;
      die("epoll_wait");
    }
    for (int e = 0; e < n; e++) {
      conn_t *c = events[e].data.ptr;
      ssize_t got = read(c->fd, buf, sizeof buf);
      long long stamp = now_ns();
      if (got <= 0) {
        fprintf(stderr, "floor_client: connection closed\n");
        return 1;
      }
      for (ssize_t i = 0; i < got; i++) {
        if (buf[i] != '\n') {
          if (c->line_len < LINE_MAX_BYTES) c->line[c->line_len++] = buf[i];
          continue;
        }
        int ended = c->request >= 0 && on_line(c, stamp);
        c->line_len = 0;
        if (ended) {
          finish_request(c);
          open_requests--;
          if (next_request < total_requests) {
            send_request(c);
            open_requests++;
          }
        }
      }
    }
  }
  fclose(out);
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  double cpu = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  double wall = (now_ns() - started) / 1e9;
  printf("floor client CPU (cores): %.3f  (%.1f s of CPU in %.1f s)\n", cpu / wall, cpu, wall);
  return 0;
}
