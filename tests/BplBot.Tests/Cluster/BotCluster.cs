using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using BplBot.Data;
using BplBot.Tests.Infrastructure;
using BplBot.Tests.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace BplBot.Tests.Cluster;

/// <summary>
/// N real bot processes (the built BplBot.dll, as an operator starts it) on one PostgreSQL database, behind a
/// round-robin front with no stickiness: each post goes to the next live instance. Kill() is SIGKILL.
/// </summary>
public sealed class BotCluster : IAsyncDisposable
{
    private readonly List<Node> _nodes = [];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private int _next;

    private BotCluster(string connectionString, ConnectorServer connector)
    {
        ConnectionString = connectionString;
        Connector = connector;
    }

    public string ConnectionString { get; }
    public ConnectorServer Connector { get; }
    public string SchedulerName { get; } = "cluster-" + Guid.NewGuid().ToString("N")[..8];
    public IReadOnlyList<Node> Nodes => _nodes;

    public static async Task<BotCluster> StartAsync(int instances, Dictionary<string, string>? settings = null)
    {
        var connector = await ConnectorServer.StartAsync();
        var cluster = new BotCluster(TestPostgres.Database("cluster" + Guid.NewGuid().ToString("N")[..10]), connector);
        for (var i = 1; i <= instances; i++) cluster._nodes.Add(Node.Start($"n{i}", cluster, settings ?? []));
        try
        {
            await Task.WhenAll(cluster._nodes.Select(n => n.WaitHealthyAsync()));
        }
        catch
        {
            // A node that did not start must not leave the others running (and holding locks) after the test.
            await cluster.DisposeAsync();
            throw;
        }
        return cluster;
    }

    /// <summary>Posts to the next live instance (round robin), with the activity's serviceUrl pointed at the connector.</summary>
    public async Task<HttpStatusCode> PostAsync(string activityJson, Node? to = null)
    {
        var live = _nodes.Where(n => n.IsAlive).ToList();
        var node = to ?? live[Interlocked.Increment(ref _next) % live.Count];
        using var content = new StringContent(activityJson.Replace(BotApplication.ServiceUrl, Connector.ServiceUrl, StringComparison.Ordinal), Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri(node.Url + "/api/messages"), content);
        return response.StatusCode;
    }

    public BplDbContext Db() => new(new DbContextOptionsBuilder<BplDbContext>().UseNpgsql(ConnectionString)
        .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>().Options);

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The instance whose session holds the outbox dispatcher's advisory lock, if any yet.</summary>
    public async Task<Node?> LeaderAsync()
    {
        var objid = (uint)(ClusterLocks.OutboxDispatcher & 0xffffffff);
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND l.objid = {objid} " +
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())", connection);
        var name = await command.ExecuteScalarAsync() as string;
        return _nodes.FirstOrDefault(n => n.Name == name && n.IsAlive);
    }

    public async Task<Node> WaitForLeaderAsync(Node? notThis = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await LeaderAsync() is { } leader && leader != notThis) return leader;
            await Task.Delay(50);
        }
        throw new TimeoutException("No instance took the outbox dispatcher's lock.");
    }

    public string Logs => string.Join("\n", _nodes.Select(n => $"--- {n.Name}\n{n.Output}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes) node.Dispose();
        await Connector.DisposeAsync();
        _http.Dispose();
        NpgsqlConnection.ClearAllPools();
    }

    public sealed class Node : IDisposable
    {
        private readonly Process _process;
        private readonly ConcurrentQueue<string> _output = new();
        private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };

        private Node(string name, string url, Process process)
        {
            Name = name;
            Url = url;
            _process = process;
        }

        public string Name { get; }
        public string Url { get; }
        public bool IsAlive => !_process.HasExited;
        public string Output => string.Join("\n", _output);

        public static Node Start(string name, BotCluster cluster, Dictionary<string, string> settings)
        {
            var port = FreePort();
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = NetworkFileReaderTests.RepositoryRoot() };
            info.ArgumentList.Add(BotDll());
            info.ArgumentList.Add("--urls");
            info.ArgumentList.Add($"http://127.0.0.1:{port}");
            var environment = new Dictionary<string, string>
            {
                ["Database__Provider"] = "PostgreSQL",
                ["ConnectionStrings__Bpl"] = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { ApplicationName = name, MaxPoolSize = 30 }.ConnectionString,
                ["Jobs__InstanceId"] = name,
                ["Jobs__SchedulerName"] = cluster.SchedulerName,
                ["Jobs__CheckinInterval"] = "00:00:02",
                ["Jobs__CheckinMisfireThreshold"] = "00:00:03",
                ["Outbox__LeaseTime"] = "00:00:05",
                ["Outbox__PollInterval"] = "00:00:01",
                ["Outbox__RetryBaseDelay"] = "00:00:00.200",
                ["Bot__OutboundTimeout"] = "00:00:04",
                ["Network__File"] = "",
                ["Logging__LogLevel__Default"] = "Information",
                ["Logging__Console__FormatterName"] = "simple",
                ["DOTNET_gcServer"] = "0",
            };
            foreach (var (key, value) in settings) environment[key] = value;
            foreach (var (key, value) in environment) info.Environment[key] = value;
            var process = Process.Start(info)!;
            var node = new Node(name, $"http://127.0.0.1:{port}", process);
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) node._output.Enqueue(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) node._output.Enqueue(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return node;
        }

        public async Task WaitHealthyAsync()
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline)
            {
                if (!IsAlive) throw new InvalidOperationException($"{Name} stopped at start:\n{Output}");
                try
                {
                    using var response = await _http.GetAsync(new Uri(Url + "/healthz"));
                    if (response.IsSuccessStatusCode) return;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                await Task.Delay(200);
            }
            throw new TimeoutException($"{Name} did not become healthy:\n{Output}");
        }

        /// <summary>SIGKILL: no shutdown, no release of leases or locks (the database notices the session is gone).</summary>
        public void Kill()
        {
            if (!IsAlive) return;
            _process.Kill();
            _process.WaitForExit(10_000);
        }

        public void Dispose()
        {
            Kill();
            _http.Dispose();
            _process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static string BotDll()
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var dll = Path.Combine(NetworkFileReaderTests.RepositoryRoot(), "src", "BplBot", "bin", configuration, "net10.0", "BplBot.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first.", dll);
        }
    }
}
