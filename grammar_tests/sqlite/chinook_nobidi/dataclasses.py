from typing import Optional
import datetime
import decimal

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, NVARCHAR, Numeric, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Artist(Base):
    __tablename__ = 'Artist'

    ArtistId: Mapped[int] = mapped_column(Integer, primary_key=True)
    Name: Mapped[Optional[str]] = mapped_column(NVARCHAR(120))


class Employee(Base):
    __tablename__ = 'Employee'
    __table_args__ = (
        Index('IFK_EmployeeReportsTo', 'ReportsTo'),
    )

    EmployeeId: Mapped[int] = mapped_column(Integer, primary_key=True)
    LastName: Mapped[str] = mapped_column(NVARCHAR(20), nullable=False)
    Title: Mapped[Optional[str]] = mapped_column(NVARCHAR(30))
    ReportsTo: Mapped[Optional[int]] = mapped_column(ForeignKey('Employee.EmployeeId'))
    BirthDate: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)

    Employee: Mapped[Optional['Employee']] = relationship('Employee', remote_side=[EmployeeId])


class Playlist(Base):
    __tablename__ = 'Playlist'

    PlaylistId: Mapped[int] = mapped_column(Integer, primary_key=True)
    Name: Mapped[Optional[str]] = mapped_column(NVARCHAR(120))

    Track: Mapped[list['Track']] = relationship('Track', secondary='PlaylistTrack')


class Album(Base):
    __tablename__ = 'Album'
    __table_args__ = (
        Index('IFK_AlbumArtistId', 'ArtistId'),
    )

    AlbumId: Mapped[int] = mapped_column(Integer, primary_key=True)
    Title: Mapped[str] = mapped_column(NVARCHAR(160), nullable=False)
    ArtistId: Mapped[int] = mapped_column(ForeignKey('Artist.ArtistId'), nullable=False)

    Artist_: Mapped['Artist'] = relationship('Artist')


class Customer(Base):
    __tablename__ = 'Customer'
    __table_args__ = (
        Index('IFK_CustomerSupportRepId', 'SupportRepId'),
    )

    CustomerId: Mapped[int] = mapped_column(Integer, primary_key=True)
    FirstName: Mapped[str] = mapped_column(NVARCHAR(40), nullable=False)
    Email: Mapped[str] = mapped_column(NVARCHAR(60), nullable=False)
    Company: Mapped[Optional[str]] = mapped_column(NVARCHAR(80))
    SupportRepId: Mapped[Optional[int]] = mapped_column(ForeignKey('Employee.EmployeeId'))

    Employee_: Mapped[Optional['Employee']] = relationship('Employee')


class Invoice(Base):
    __tablename__ = 'Invoice'

    InvoiceId: Mapped[int] = mapped_column(Integer, primary_key=True)
    CustomerId: Mapped[int] = mapped_column(ForeignKey('Customer.CustomerId'), nullable=False)
    InvoiceDate: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False)
    Total: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), nullable=False)

    Customer_: Mapped['Customer'] = relationship('Customer')


class Track(Base):
    __tablename__ = 'Track'
    __table_args__ = (
        Index('IPK_Track', 'TrackId', unique=True),
    )

    TrackId: Mapped[int] = mapped_column(Integer, primary_key=True)
    Name: Mapped[str] = mapped_column(NVARCHAR(200), nullable=False)
    Milliseconds: Mapped[int] = mapped_column(Integer, nullable=False)
    UnitPrice: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), nullable=False)
    AlbumId: Mapped[Optional[int]] = mapped_column(ForeignKey('Album.AlbumId'))
    Bytes: Mapped[Optional[int]] = mapped_column(Integer)

    Album_: Mapped[Optional['Album']] = relationship('Album')


class InvoiceLine(Base):
    __tablename__ = 'InvoiceLine'

    InvoiceLineId: Mapped[int] = mapped_column(Integer, primary_key=True)
    InvoiceId: Mapped[int] = mapped_column(ForeignKey('Invoice.InvoiceId'), nullable=False)
    TrackId: Mapped[int] = mapped_column(ForeignKey('Track.TrackId'), nullable=False)
    UnitPrice: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), nullable=False)
    Quantity: Mapped[int] = mapped_column(Integer, nullable=False)

    Invoice_: Mapped['Invoice'] = relationship('Invoice')
    Track_: Mapped['Track'] = relationship('Track')


t_PlaylistTrack = Table(
    'PlaylistTrack', Base.metadata,
    Column('PlaylistId', ForeignKey('Playlist.PlaylistId'), primary_key=True),
    Column('TrackId', ForeignKey('Track.TrackId'), primary_key=True),
    Index('IFK_PlaylistTrackTrackId', 'TrackId')
)
