from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, MetaData, NVARCHAR, Numeric, Table

metadata = MetaData()


t_Artist = Table(
    'Artist', metadata,
    Column('ArtistId', Integer, primary_key=True),
    Column('Name', NVARCHAR(120))
)

t_Employee = Table(
    'Employee', metadata,
    Column('EmployeeId', Integer, primary_key=True),
    Column('LastName', NVARCHAR(20), nullable=False),
    Column('Title', NVARCHAR(30)),
    Column('ReportsTo', ForeignKey('Employee.EmployeeId')),
    Column('BirthDate', DateTime),
    Index('IFK_EmployeeReportsTo', 'ReportsTo')
)

t_Playlist = Table(
    'Playlist', metadata,
    Column('PlaylistId', Integer, primary_key=True),
    Column('Name', NVARCHAR(120))
)

t_Album = Table(
    'Album', metadata,
    Column('AlbumId', Integer, primary_key=True),
    Column('Title', NVARCHAR(160), nullable=False),
    Column('ArtistId', ForeignKey('Artist.ArtistId'), nullable=False),
    Index('IFK_AlbumArtistId', 'ArtistId')
)

t_Customer = Table(
    'Customer', metadata,
    Column('CustomerId', Integer, primary_key=True),
    Column('FirstName', NVARCHAR(40), nullable=False),
    Column('Company', NVARCHAR(80)),
    Column('Email', NVARCHAR(60), nullable=False),
    Column('SupportRepId', ForeignKey('Employee.EmployeeId')),
    Index('IFK_CustomerSupportRepId', 'SupportRepId')
)

t_Invoice = Table(
    'Invoice', metadata,
    Column('InvoiceId', Integer, primary_key=True),
    Column('CustomerId', ForeignKey('Customer.CustomerId'), nullable=False),
    Column('InvoiceDate', DateTime, nullable=False),
    Column('Total', Numeric(10, 2), nullable=False)
)

t_Track = Table(
    'Track', metadata,
    Column('TrackId', Integer, primary_key=True),
    Column('Name', NVARCHAR(200), nullable=False),
    Column('AlbumId', ForeignKey('Album.AlbumId')),
    Column('Milliseconds', Integer, nullable=False),
    Column('Bytes', Integer),
    Column('UnitPrice', Numeric(10, 2), nullable=False),
    Index('IPK_Track', 'TrackId', unique=True)
)

t_InvoiceLine = Table(
    'InvoiceLine', metadata,
    Column('InvoiceLineId', Integer, primary_key=True),
    Column('InvoiceId', ForeignKey('Invoice.InvoiceId'), nullable=False),
    Column('TrackId', ForeignKey('Track.TrackId'), nullable=False),
    Column('UnitPrice', Numeric(10, 2), nullable=False),
    Column('Quantity', Integer, nullable=False)
)

t_PlaylistTrack = Table(
    'PlaylistTrack', metadata,
    Column('PlaylistId', ForeignKey('Playlist.PlaylistId'), primary_key=True),
    Column('TrackId', ForeignKey('Track.TrackId'), primary_key=True),
    Index('IFK_PlaylistTrackTrackId', 'TrackId')
)
