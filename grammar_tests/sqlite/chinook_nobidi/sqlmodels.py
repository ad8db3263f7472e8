from typing import Optional
import datetime
import decimal

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, NVARCHAR, Numeric, Table
from sqlmodel import Field, Relationship, SQLModel

class Artist(SQLModel, table=True):
    __tablename__ = 'Artist'

    ArtistId: int = Field(sa_column=Column('ArtistId', Integer, primary_key=True))
    Name: Optional[str] = Field(default=None, sa_column=Column('Name', NVARCHAR(120)))


class Employee(SQLModel, table=True):
    __tablename__ = 'Employee'
    __table_args__ = (
        Index('IFK_EmployeeReportsTo', 'ReportsTo'),
    )

    EmployeeId: int = Field(sa_column=Column('EmployeeId', Integer, primary_key=True))
    LastName: str = Field(sa_column=Column('LastName', NVARCHAR(20), nullable=False))
    Title: Optional[str] = Field(default=None, sa_column=Column('Title', NVARCHAR(30)))
    ReportsTo: Optional[int] = Field(default=None, sa_column=Column('ReportsTo', ForeignKey('Employee.EmployeeId')))
    BirthDate: Optional[datetime.datetime] = Field(default=None, sa_column=Column('BirthDate', DateTime))

    Employee: Optional['Employee'] = Relationship(sa_relationship_kwargs={'remote_side': '[Employee.EmployeeId]'})


class Playlist(SQLModel, table=True):
    __tablename__ = 'Playlist'

    PlaylistId: int = Field(sa_column=Column('PlaylistId', Integer, primary_key=True))
    Name: Optional[str] = Field(default=None, sa_column=Column('Name', NVARCHAR(120)))

    Track: list['Track'] = Relationship(sa_relationship_kwargs={'secondary': 'PlaylistTrack'})


class Album(SQLModel, table=True):
    __tablename__ = 'Album'
    __table_args__ = (
        Index('IFK_AlbumArtistId', 'ArtistId'),
    )

    AlbumId: int = Field(sa_column=Column('AlbumId', Integer, primary_key=True))
    Title: str = Field(sa_column=Column('Title', NVARCHAR(160), nullable=False))
    ArtistId: int = Field(sa_column=Column('ArtistId', ForeignKey('Artist.ArtistId'), nullable=False))

    Artist_: 'Artist' = Relationship()


class Customer(SQLModel, table=True):
    __tablename__ = 'Customer'
    __table_args__ = (
        Index('IFK_CustomerSupportRepId', 'SupportRepId'),
    )

    CustomerId: int = Field(sa_column=Column('CustomerId', Integer, primary_key=True))
    FirstName: str = Field(sa_column=Column('FirstName', NVARCHAR(40), nullable=False))
    Email: str = Field(sa_column=Column('Email', NVARCHAR(60), nullable=False))
    Company: Optional[str] = Field(default=None, sa_column=Column('Company', NVARCHAR(80)))
    SupportRepId: Optional[int] = Field(default=None, sa_column=Column('SupportRepId', ForeignKey('Employee.EmployeeId')))

    Employee_: Optional['Employee'] = Relationship()


class Invoice(SQLModel, table=True):
    __tablename__ = 'Invoice'

    InvoiceId: int = Field(sa_column=Column('InvoiceId', Integer, primary_key=True))
    CustomerId: int = Field(sa_column=Column('CustomerId', ForeignKey('Customer.CustomerId'), nullable=False))
    InvoiceDate: datetime.datetime = Field(sa_column=Column('InvoiceDate', DateTime, nullable=False))
    Total: decimal.Decimal = Field(sa_column=Column('Total', Numeric(10, 2), nullable=False))

    Customer_: 'Customer' = Relationship()


class Track(SQLModel, table=True):
    __tablename__ = 'Track'
    __table_args__ = (
        Index('IPK_Track', 'TrackId', unique=True),
    )

    TrackId: int = Field(sa_column=Column('TrackId', Integer, primary_key=True))
    Name: str = Field(sa_column=Column('Name', NVARCHAR(200), nullable=False))
    Milliseconds: int = Field(sa_column=Column('Milliseconds', Integer, nullable=False))
    UnitPrice: decimal.Decimal = Field(sa_column=Column('UnitPrice', Numeric(10, 2), nullable=False))
    AlbumId: Optional[int] = Field(default=None, sa_column=Column('AlbumId', ForeignKey('Album.AlbumId')))
    Bytes: Optional[int] = Field(default=None, sa_column=Column('Bytes', Integer))

    Album_: Optional['Album'] = Relationship()


class InvoiceLine(SQLModel, table=True):
    __tablename__ = 'InvoiceLine'

    InvoiceLineId: int = Field(sa_column=Column('InvoiceLineId', Integer, primary_key=True))
    InvoiceId: int = Field(sa_column=Column('InvoiceId', ForeignKey('Invoice.InvoiceId'), nullable=False))
    TrackId: int = Field(sa_column=Column('TrackId', ForeignKey('Track.TrackId'), nullable=False))
    UnitPrice: decimal.Decimal = Field(sa_column=Column('UnitPrice', Numeric(10, 2), nullable=False))
    Quantity: int = Field(sa_column=Column('Quantity', Integer, nullable=False))

    Invoice_: 'Invoice' = Relationship()
    Track_: 'Track' = Relationship()


t_PlaylistTrack = Table(
    'PlaylistTrack', SQLModel.metadata,
    Column('PlaylistId', ForeignKey('Playlist.PlaylistId'), primary_key=True),
    Column('TrackId', ForeignKey('Track.TrackId'), primary_key=True),
    Index('IFK_PlaylistTrackTrackId', 'TrackId')
)
